"""Yes-no questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered

_LOAN = """| 3 March 2025, Monday |

Fiji signs Chinese loan for new wharf

Fiji signed a $120 million loan with China Exim Bank on Monday to rebuild the Suva wharf.

The 25-year loan has a five-year grace period, the Ministry of Economy said, without disclosing the interest rate.

Work on the wharf is due to start in June, the port authority said.
"""


def test_a_detail_said_to_be_withheld_is_not_told() -> None:
    reply = answered(_LOAN, "did the ministry say what the interest rate is")
    assert reply.text.startswith("No"), reply.text


_COCOA = """| 3 March 2025, Monday |

Ghana pushes cocoa grinding at home

Ghana's cocoa exports to China rose 12% last year to 48,000 tonnes, the cocoa board said.

Trade Minister Kofi Mensah said on Tuesday the government wanted all cocoa to be ground locally by 2030, up from about 35% now.

Two new grinding plants opened in Tema last year, the board said.
"""


def test_a_goal_stated_answers_no_to_already_done_with_where_things_stand() -> None:
    reply = answered(_COCOA, "Is all of Ghana's cocoa already ground locally?")
    assert reply.text.startswith("No") and "35%" in reply.text, reply.text
