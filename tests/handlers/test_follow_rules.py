"""Follow-up turns and figures picked from a sentence with several: the other figure of the
sentence that fits the new slot, not the last answer's again."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_SMELTER = """| 22 July 2025, Tuesday |

Bellamy Copper profit slips as prices ease

Bellamy Copper Ltd said on Tuesday its second-quarter net profit fell 14% to $88 million.

Its average realised copper price fell 9% to $8,410 per tonne from $9,240 a year earlier, and was also above the $8,150 per tonne it fetched in the first quarter. Copper cathode sales rose 4% to 61,000 tonnes.
"""


def test_a_new_period_picks_the_figure_its_clause_dates_to_it() -> None:
    expect(dialog(_SMELTER, "What was the realised copper price a year earlier?", "and in the first quarter?"), "8,150")


_DAIRY = """| 10 October 2025, Friday |

Brightwater lifts milk prices again

Brightwater Dairy said on Friday it would raise the price of its bottled milk by 9% from December 1, its second increase this year after a 5% rise in June. The company blamed higher feed costs.
"""


def test_the_one_before_that_is_the_figure_dated_before_the_last_answer() -> None:
    result = dialog(_DAIRY, "How much is Brightwater raising milk prices?", "and the rise before that?")
    assert result.answered and "5%" in result.text and "9%" not in result.text, result.text


def test_the_one_after_that_is_the_figure_dated_after_the_last_answer() -> None:
    expect(dialog(_DAIRY, "How much did Brightwater raise milk prices in June?", "and the one after that?"), "9%")


def test_a_month_after_this_year_in_a_would_sentence_is_this_years() -> None:
    expect(dialog(_DAIRY, "How much did Brightwater raise milk prices in June?"), "5%")


_GRID = """| 4 June 2025, Wednesday |

Kenya power demand hits record

Kenya's peak electricity demand rose to a record 2,316 megawatts (MW) on Tuesday as hot weather lifted air-conditioner use, the grid operator said on Wednesday. That beat the previous high of 2,210 MW set in March and was 8% above demand on the same day a year earlier.
"""


def test_a_that_sentence_works_back_from_the_level_before_it() -> None:
    result = answered(_GRID, "What was peak demand on the same day last year?")
    assert result.answered and "2,316" in result.text and "2,144" in result.text, result.text


_MINES = """| 1 August 2025, Friday |

Peru's zinc output slips

Peru's zinc production fell in June as a landslide blocked a key mountain road, the energy and mines ministry said on Friday.

In the first half of the year, Peru mined 694,000 tonnes of zinc, down 3.4% from the same period last year, the ministry said. Copper output rose 2.1% to 1.32 million tonnes.
"""


def test_how_does_that_compare_gives_the_rate_of_the_fact_just_answered() -> None:
    expect(dialog(_MINES, "How much zinc did Peru mine in the first half?", "How does that compare with a year earlier?"), "3.4%")


_TRAINS = """| 3 March 2025, Monday |

Harbor Point wins record Navy order

Harbor Point Shipbuilding Corp said on Monday it had won a $3.1 billion contract from the U.S. Navy, the largest order in its 60-year history, under which it will build four destroyers and two supply ships for the fleet.

The order lifts its backlog to $9.5 billion, and the repair portion is worth $0.4 billion. Harbor Point shares rose 4.2%.
"""


def test_a_deal_is_worth_as_much_to_the_party_it_is_from() -> None:
    expect(answered(_TRAINS, "What is the navy contract worth?"), "3.1 billion")


_YARD = """| 3 March 2025, Monday |

Northport wins $5 billion warship order

Northport Shipbuilding Corp said on Monday it had won a $5.0 billion contract to build four destroyers and six patrol boats.

The destroyer portion is worth $3.8 billion and the patrol boats $1.2 billion, the company said.
"""


def test_a_figure_after_and_a_noun_with_its_verb_left_out_measures_that_noun() -> None:
    result = answered(_YARD, "What share of the contract do the patrol boats make up?")
    assert result.answered and "$1.2 billion" in result.text and "24%" in result.text, result.text


_PORT = """| 3 March 2025, Monday |

Grain exports stall at Odesa as queue grows

The port authority said on Monday that 14 bulk carriers were waiting at anchor to load wheat, up from five a week earlier, while its silos held 320,000 tonnes.
"""


def test_bulk_carriers_are_counted_as_ships() -> None:
    result = answered(_PORT, "How many ships are waiting to load wheat?")
    assert result.answered and "14 bulk carriers" in result.text and "320,000" not in result.text, result.text


def test_a_level_against_a_period_compared_with_takes_the_figure_dated_to_it() -> None:
    result = answered(_SMELTER, "how much higher was the realised copper price vs the first quarter")
    assert result.answered and "260" in result.text and "8,150" in result.text, result.text


_HARBOUR = """| 22 October 2025, Wednesday |

Antwerp cargo volumes slip

Cargo throughput at the Port of Antwerp, Belgium's main seaport, fell 3.0% in the first nine months of 2025 to 210.0 million tonnes, the port authority said on Wednesday.

Throughput of liquefied natural gas (LNG) climbed 25% to 5.0 million tonnes, a record for the period.
"""


def test_an_ordinal_of_a_period_does_not_make_a_total_one_of_many() -> None:
    expect(answered(_HARBOUR, "What was the port's total throughput in the same period last year?"), "210.0 million")


_MERGER = """| 4 March 2025, Tuesday |

Brenholt and Varga agree to merge

Dutch brewer Brenholt NV and Hungary's Varga Sorgyar agreed on Tuesday to combine in an all-share deal that would create Europe's third-largest brewer.

Varga shares jumped 12.4% to 8.10 euros in Budapest, while Brenholt shares fell 2.7% to 41.20 euros in Amsterdam.
"""


def test_how_a_share_price_reacted_is_its_move_and_a_follow_up_takes_the_other_company() -> None:
    expect(dialog(_MERGER, "How did Brenholt's share price react?"), "2.7%")
    expect(dialog(_MERGER, "How did Brenholt's share price react?", "and varga?"), "12.4%")


_FLOOD = """| 10 November 2025, Monday |

Floods damage roads in Iloilo

The public works department released 800 million pesos from its calamity fund for emergency shelters, food packs and cash aid of 5,000 pesos per displaced family, and will ask Congress next month for an extra 3 billion pesos to repair bridges and provincial roads.
"""


def test_what_for_after_a_sum_asked_for_is_its_purpose_to_repair() -> None:
    expect(dialog(_FLOOD, "How much extra money will the public works department ask Congress for?", "what for?"), "bridges")


_ARMS = """| 19 November 2025, Wednesday |

Romania signs deal for German trucks and trailers

The first 20 of the trucks and 10 trailers will be shipped from Germany next year, followed by 30 trucks and 12 trailers in 2027, the ministry said.
"""


def test_a_year_after_a_list_of_counts_dates_them_all_and_shipped_things_arrive() -> None:
    expect(dialog(_ARMS, "How many trucks arrive in 2027?"), "30")
    expect(dialog(_ARMS, "How many trucks arrive in 2027?", "and trailers?"), "12")


def test_things_shipped_or_handed_over_arrive() -> None:
    expect(answered("pl_defence", "How many tanks arrive in 2027?"), "64 tanks")
