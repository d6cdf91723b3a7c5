"""What / which / how and yes-no answers: general rules met on this session's held-out sets, each
over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_URGED = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals in Almaty

Kazakhstan has urged faster customs clearance with China and closer energy cooperation despite disapproval from Moscow, the ministry said on Monday.

Wheat exports to China rose 12% in January to 310,000 tonnes.
"""


def test_pushing_a_cause_is_urging_it() -> None:
    expect(answered(_URGED, "what has astana been pushing with beijing despite objections from moscow"), "customs clearance")


_PORT = """| 3 March 2025, Monday |

Group signs deal to build Poti terminal

A consortium led by Harbour Works signed an investment agreement with the government on Monday to build a new terminal at Poti on the Black Sea, a project officials hope will make the city a key link on the trade route.

The consortium will invest 900 million lari in the first phase of the terminal.

The agreement covers construction of a grain silo, a car ferry ramp, a 5-kilometre road link to the city ring road and a truck park, and grants the consortium a 30-year concession.
"""


def test_what_a_deal_includes_is_its_parts_not_its_sum() -> None:
    # "investment" names what the deal is, not a figure asked; the sentence with the holding verb
    # and its articled list, whose last item before "and" runs on, is whole
    expect(answered(_PORT, "What does the investment deal include?"), "grain silo")
    expect(answered(_PORT, "What does the investment deal include?"), "truck park")


def test_a_holding_verb_asks_no_value() -> None:
    assert parse_query("What does the investment deal include?", stored(_PORT)).intent == "what"


_GROUP = """| 3 March 2025, Monday |

Harbour Works wins Poti terminal deal

A consortium led by Harbour Works signed an agreement with the government on Monday to build a new terminal at Poti.

Harbour Works holds a 60% stake in the group, called Poti Gateway Holdings, while the state keeps the remaining 40%.
"""


def test_a_consortium_is_a_group_of_firms() -> None:
    expect(answered(_GROUP, "What's the consortium called?"), "Poti Gateway Holdings")
    expect(answered(_GROUP, "harbour works share of the consortium"), "60%")
