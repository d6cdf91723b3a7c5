"""Why and yes/no questions met on the seventeenth session's blind sets, each kept as a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRADE = """| 12 November 2024, Tuesday |

Norland and Vesta trade slips

Norland's exports to Vesta rose 4% in the first half, the trade ministry said on Monday.

Trade between Norland and Vesta reached $41.2 billion last year, down 6% from 2022 on lower timber prices, according to customs data.
"""


def test_a_move_on_lower_prices_gives_its_cause() -> None:
    expect(answered(_TRADE, "why did trade between norland and vesta fall last year?"), "timber prices")
