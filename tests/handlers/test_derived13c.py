"""Derived answers of the 13th session's third derived pass, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TARIFF = """| 3 March 2025, Monday |

Ghana signs solar power deal

State utility GridCo will buy the plant's output under a 20-year power purchase agreement at 6.4 U.S. cents per kilowatt-hour (kWh), down from 9.1 cents in the last solar contract it signed in 2020.

The regulator approved the tariff last month.
"""


def test_a_unit_price_in_cents_asked_how_many_cents_cheaper_is_the_difference_of_the_two_prices() -> None:
    # "U.S. cents" counts cents (not "U."), an amount of cents is a price (the tariff asked), and
    # "how many cents per kwh cheaper ... than" compares two stated levels
    expect(answered(_TARIFF, "how many cents per kwh cheaper is the new tariff than the 2020 one"), "2.70")


_GRAIN = """| 3 March 2025, Monday |

Rail strike strands Canadian grain

Canada exported 15.9 million tonnes of wheat, canola, barley and pulses in the first quarter of the 2025/26 crop year, which began on August 1, up 8.2% from a year earlier, the grain commission said.
"""


def test_a_bare_up_after_an_aside_moves_the_main_clause_level_not_the_asides_noun() -> None:
    # ", which began on August 1, up 8.2%": the rise is the exports', not the crop year's
    expect(answered(_GRAIN, "How much grain did Canada export in the same quarter a year earlier?"), "14.7")


_TEXTILES = """| 11 September 2025, Thursday |

Vietnam's garment exports slump as tariffs bite

Vietnam's textile and garment exports fell 8.4% in August from a year earlier to $3.52 billion, the statistics office said, as a 20% U.S. tariff that took effect last month led American buyers to cancel or delay orders.
"""


def test_a_rate_before_a_dotted_abbreviation_measures_the_noun_after_it_not_the_letter() -> None:
    # "a 20% U.S. tariff" measures the tariff, not "U" (read as the US asked); nothing says what
    # Vietnam imported from the US
    expect(answered(_TEXTILES, "How much did Vietnam import from the US in August?"), None)


_GARMENTS = """| 11 September 2025, Thursday |

Vietnam's garment exports slow

In the first eight months of the year, textile and garment exports totalled $26.7 billion, up 3.1% from a year earlier, the textile association said.
"""


def test_the_sector_asked_is_the_trade_the_story_is_about_and_no_kind_of_export() -> None:
    # "the sector exported": the textile and garment trade, which the sentence names in its own words
    expect(answered(_GARMENTS, "How much had the sector exported in jan-aug last year?"), "25.9")


_HAZELNUTS = """| 3 March 2025, Monday |

Turkey raises hazelnut purchase price

The state grain board TMO said it would pay growers 210 lira per kilogram for in-shell Giresun-quality hazelnuts, up from 132 lira a year earlier.
"""


def test_more_per_unit_than_last_year_is_the_difference_of_two_stated_prices_of_nuts_of_any_kind() -> None:
    # "nuts" are the article's hazelnuts; "how much more per kilo ... than last year" asks the
    # difference of the two prices the sentence states, not a rate
    expect(answered(_HAZELNUTS, "how much more per kilo is TMO paying for giresun-quality nuts than last year"), "78")


_MINES = """| 3 March 2025, Monday |

Polish coal mining jobs shrink

Hard coal mining employed 71,400 people at the end of September, down from 75,900 a year earlier, the ministry said.
"""


def test_jobs_gone_are_a_fall_in_their_number_between_the_two_stated_levels() -> None:
    # "have gone" asks how far the number of jobs fell, which the two levels give
    expect(answered(_MINES, "How many mining jobs have gone over the past year?"), "4,500")
