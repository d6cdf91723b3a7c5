"""Figure questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_HARBOUR = """| 3 March 2025, Monday |

Baltic harbour draws Asian freight firms

The harbour authority said 14 Chinese shipping and trucking companies now have offices at the harbour, up from four in 2021, it said on Monday.

The harbour handled 2.1 million tonnes of grain last year, up 12% from a year earlier.
"""


def test_words_joined_by_and_before_the_counted_noun_qualify_it() -> None:
    query = parse_query("how many chinese shipping and trucking firms have offices at the harbour", stored(_HARBOUR))
    assert "firm" in query.count_keys
    expect(answered(_HARBOUR, "how many chinese shipping and trucking firms have offices at the harbour"), "14")


_LINE = """| 3 March 2025, Monday |

Coastal railway marks first year

Passenger trains on the coastal line have carried 2.4 million travellers since they started running last March, the operator said on Monday.

Monthly ridership reached 240,000 in January.
"""

_MOBILE = """| 3 March 2025, Monday |

Operators switch on 4G in more towns

Telecom operators switched on 4G service in 900 more towns last year, the regulator said. Kenya had 41 million 4G subscribers at the end of December, up from 30 million a year earlier, according to the regulator's data.
"""


def test_travellers_and_subscribers_are_people_counted() -> None:
    expect(answered(_LINE, "how many people rode the passenger trains"), "2.4 million")
    expect(answered(_MOBILE, "how many people in kenya are on 4g"), "41 million")

