"""Derived answers and follow-ups of the 13th session, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_SPOT = """| 3 March 2025, Monday |

Asian LNG prices jump after plant outage

The average spot LNG price for April delivery into north-east Asia jumped to $13.85 per million British thermal units (mmBtu) on Monday, up 9.6% from $12.64 last week, industry sources said.

The company estimated that repair costs could reach A$400 million ($260 million).
"""


def test_a_price_per_unit_asked_in_dollars_is_no_exchange_rate_and_moves_from_the_level_of_last_week() -> None:
    # "dollars per mmbtu" is a unit price, not "dollars per euro"; "since last week" is the level
    # "from $12.64 last week", not the 9.6% rise
    expect(answered(_SPOT, "how many dollars per mmbtu did the spot price climb since last week"), "1.21")


_STOCKS = """| 3 March 2025, Monday |

Japanese utilities build LNG stocks ahead of winter

Japan's trade ministry said LNG inventories held by the country's major utilities stood at 2.21 million tonnes as of March 2, up from 2.05 million tonnes a week earlier.
"""


def test_a_step_back_asked_after_a_level_is_the_level_it_moved_from_that_long_before() -> None:
    # "a week before" names no date to resolve; the sentence states the level a week earlier
    expect(dialog(_STOCKS, "How much LNG did Japan's utilities hold as of March 2?", "and a week before?"), "2.05")


_BANK = """| 3 March 2025, Monday |

Swiss National Bank cuts rates as franc soars

The Swiss National Bank cut its policy rate to minus 0.25% on Thursday. The European Central Bank is on hold at 2%.

The central bank said it bought foreign currency worth 5.2 billion Swiss francs in the second quarter, up from 1.1 billion francs in the first three months of the year.
"""


def test_the_central_bank_is_the_bank_asked_and_a_dated_level_is_compared_with_the_base_period() -> None:
    # "The central bank" is what the SNB is, not a rival body; the amount of Q2 is dated too
    expect(answered(_BANK, "how much more currency did the snb buy in q2 than in q1"), "4.1")


def test_a_franc_asked_is_any_franc_of_a_currency_pair() -> None:
    # "franc-dollar" names the franc family; the pair is in Swiss francs and dollars
    bank = _BANK.replace("5.2 billion Swiss francs", "5.2 billion Swiss francs ($6.5 billion)")
    expect(answered(bank, "What franc-dollar exchange rate do the intervention figures imply?"), "1.25")


_STEMS = """| 6 February 2025, Thursday |

Colombian growers fly record Valentine's roses north

Colombia expects to export a record 780 million flower stems for Valentine's Day this year, up 4% from 2024, growers' association Asocolflores said on Wednesday.
"""


def test_a_forecast_for_the_whole_year_works_back_to_last_year_by_its_rate() -> None:
    # the year is not over, but "expects to export ... this year" is the whole year's figure;
    # "stems" is the unit counted, after the number
    expect(answered(_STEMS, "How many stems did Colombia export for Valentine's last year?"), "750")


_FLIGHTS = """| 6 February 2025, Thursday |

Colombian cargo airline adds flights for flower season

Cordillera Cargo said on Tuesday it had added 38 extra freighter flights to Miami for the season, bringing its total to 214, and raised its rates by 6%.
"""


def test_a_total_asked_after_an_addition_is_the_whole_not_the_part_again() -> None:
    reply = dialog(_FLIGHTS, "How many extra freighter flights did Cordillera Cargo add?", "and how many in total?")
    expect(reply, "214")


_SAVINGS = """| 30 October 2025, Thursday |

Rheinfeld Chemie deepens cost cuts

The restructuring is expected to deliver annual cost savings of 850 million euros ($985 million) by 2028, up from a target of 500 million euros set out in March, the company said.
"""


def test_the_old_one_asked_after_a_new_level_is_the_level_it_moved_from() -> None:
    expect(dialog(_SAVINGS, "What's the new yearly savings target?", "and the old one?"), "500")
