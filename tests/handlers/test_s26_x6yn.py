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
