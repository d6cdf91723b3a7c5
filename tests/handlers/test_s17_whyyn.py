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


_ROADS = """| 13 November 2025, Thursday |

Border trade climbs

Trucks carried 1.8 million tonnes of goods across the Dorva pass in January-September, the customs service said on Wednesday.

Lorries will remain the backbone of the cross-border trade for years, an analyst said, because the Dorva-Kelm railway, whose construction began in March last year, is not due to be finished before 2031.
"""


def test_stay_is_remain() -> None:
    expect(answered(_ROADS, "why are lorries expected to stay the main route for the trade?"), "railway")


def test_a_subject_cut_off_by_a_whose_aside_gets_its_verb() -> None:
    expect(answered(_ROADS, "why will lorries remain the backbone of the trade?"), "2031")

