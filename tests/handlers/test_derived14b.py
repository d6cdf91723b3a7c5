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

