"""Figure questions of the fifteenth pass: everyday phrasings of how much, how many, what share."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ZONE = """| 3 March 2025, Monday |

Harbour free zone signs $900 million of factory deals as port traffic jumps

The Harbour Free Trade Zone signed investment agreements worth $900 million with five manufacturers on Tuesday, its operator said.

The zone has attracted $3.2 billion in cumulative investment from 40 companies since its first tenants started operating in 2021, he said.

Companies in the zone exported goods worth $410 million last year, the operator's data showed.
"""


def test_since_it_got_going_asks_a_running_total() -> None:
    # "since it got going" is "since it started": the cumulative $3.2 billion, not Tuesday's deals
    expect(answered(_ZONE, "How much money has the zone pulled in overall since it got going?"), "3.2 billion")


_PLANTS = """| 3 March 2025, Monday |

Free zone signs factory deals with Chinese manufacturers

Sunrise Solar Technology will spend $310 million on a 1.2-gigawatt solar module plant, and Tianrui Steel Pipe will invest $185 million in a mill producing 400,000 tonnes of pipes a year.

The zone's electricity demand is expected to jump to 640 megawatts by 2028 from 210 megawatts now.
"""


def test_a_plants_power_adjective_is_its_capacity() -> None:
    # "a 1.2-gigawatt solar module plant" states what it can make; the zone's demand does not
    expect(answered(_PLANTS, "whats the capacity of the solar module plant"), "1.2-gigawatt")

