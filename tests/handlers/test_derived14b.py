"""Derived answers of the 14th session's second hour: the change between stated levels, what is
left to a target, averages and multiples, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ZONE = """| 3 November 2025, Monday |

More firms move into Ostport zone

The number of companies operating in the Ostport free zone rose to 214 at the end of October from 171 a year earlier, the zone's developer said in a statement.

The developer plans to open a second phase of the zone next year, which could house about 90 more companies.
"""


def test_two_bare_counts_moved_to_and_from() -> None:
    # "rose to 214 ... from 171": two bare numbers of one clause, the count reached and the one left
    expect(answered(_ZONE, "how many more firms operate in the zone compared with a year ago"), "43")


_PLANT = """| 18 November 2025, Tuesday |

Vostra starts output at Ostland battery plant

The plant employs 1,800 people, and the workforce is set to rise to 3,100 by the end of 2027, the chief executive said at an opening ceremony.
"""

_PLANT_NOW = """| 18 November 2025, Tuesday |

Vostra starts output at Ostland battery plant

The plant employs 1,800 people, the chief executive said at an opening ceremony.
"""


def test_still_to_hire_to_hit_a_target_is_the_level_to_come_less_the_one_reached() -> None:
    # "hire" and "target" are the computation; "is set to rise to 3,100" is the level to come
    expect(answered(_PLANT, "how many more workers does the plant still need to hire to hit its target"), "1,300 people")


def test_still_to_hire_with_no_level_to_come_is_not_answered() -> None:
    expect(answered(_PLANT_NOW, "how many more workers does the plant still need to hire to hit its target"), None)

