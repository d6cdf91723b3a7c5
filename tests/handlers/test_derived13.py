"""Derived answers and follow-ups of the 13th session, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SPOT = """| 3 March 2025, Monday |

Asian LNG prices jump after plant outage

The average spot LNG price for April delivery into north-east Asia jumped to $13.85 per million British thermal units (mmBtu) on Monday, up 9.6% from $12.64 last week, industry sources said.

The company estimated that repair costs could reach A$400 million ($260 million).
"""


def test_a_price_per_unit_asked_in_dollars_is_no_exchange_rate_and_moves_from_the_level_of_last_week() -> None:
    # "dollars per mmbtu" is a unit price, not "dollars per euro"; "since last week" is the level
    # "from $12.64 last week", not the 9.6% rise
    expect(answered(_SPOT, "how many dollars per mmbtu did the spot price climb since last week"), "1.21")
