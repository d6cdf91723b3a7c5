"""Worked-out figures met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_PARK = """| 3 March 2025, Monday |

Moldova opens its largest wind farm

CHISINAU, March 3 (Reuters) - Moldova opened its largest wind farm on Sunday, a 60-megawatt plant near Cahul.

The farm cost 90 million euros ($97 million) and will power 40,000 homes, state utility Energocom said. The import bill rose to 140 million euros last year.

The World Bank financed the farm with a 55 million euro loan signed last year.

Moldova gets most of its power from the Cuciurgan plant, whose three 210-MW units date from the 1960s.
"""


def test_the_part_a_payer_left_uncovered_is_the_cost_less_its_amount() -> None:
    reply = answered(_PARK, "how much of the farm's cost wasnt covered by the world bank money")
    expect(reply, "35 million euros")


def test_a_count_of_units_of_one_size_gives_their_total_capacity() -> None:
    reply = answered(_PARK, "what is the total capacity of the cuciurgan plant in mw")
    expect(reply, "630 MW")


_STEEL = """| 3 March 2025, Monday |

Kenya raises duties on imported cement

Kenya will raise duties on cement imports from Egypt, Turkey and Pakistan from April 1, the trade ministry said on Sunday.

Cement imports into Kenya rose 20% last year to 1.2 million tonnes, according to ministry data. The imports were worth 9 billion shillings.

Egypt was the largest supplier, shipping 500,000 tonnes, followed by Turkey with 300,000 tonnes and Pakistan with 250,000 tonnes.

Local producers welcomed the decision.
"""


def test_combined_is_no_word_the_sentence_must_say() -> None:
    query = parse_query("How much cement came from the three countries combined?", stored(_STEEL))
    assert not any(t.required for t in query.terms if t.word == "combined")


def test_the_numbered_things_combined_add_the_amounts_of_a_ranking_carrying_on_the_flow() -> None:
    reply = answered(_STEEL, "How much cement came from the three countries combined?")
    expect(reply, "1,050,000 tonnes")


def test_the_rest_beyond_the_numbered_things_is_the_whole_less_their_sum() -> None:
    reply = answered(_STEEL, "How much of last year's cement imports came from countries other than those three?")
    expect(reply, "150,000 tonnes")


_PLANT = """| 3 March 2025, Monday |

Kazakh miner expands smelter

The expansion will cost 48 billion tenge ($100 million), the company said.
"""


def test_an_implied_rate_of_two_currencies_written_with_a_space_is_worked_out() -> None:
    reply = answered(_PLANT, "whats the implied tenge dollar rate from the expansion cost")
    expect(reply, "480 tenge per dollar")



def test_how_much_cheaper_per_unit_vs_another_is_the_gap_of_the_two_prices() -> None:
    # (the stored Kazakh wind story: "a tariff of 19.97 tenge per kWh" against "22.68 tenge per kWh")
    reply = answered("kz_wind", "how much cheaper per kwh is the phase 2 tariff vs phase 1")
    expect(reply, "2.71")


_ROAD = """| 3 March 2025, Monday |

Bosnia opens motorway section

A Chinese contractor opened a section of motorway that cost 360 million Bosnian marka ($200 million), the operator said. Armenia's brandy maker will invest 3.9 billion drams ($10 million) in a bottling line.
"""


def test_the_marka_and_the_dram_are_money_whose_dollar_pair_implies_a_rate() -> None:
    expect(answered(_ROAD, "what marka to dollar exchange rate does the cost figure imply"), "1.80 marka per dollar")
    expect(answered(_ROAD, "What dram-dollar exchange rate does the bottling line investment imply?"), "390 drams per dollar")


_LINE = """| 3 March 2025, Monday |

Serbia opens motorway stretch

Of the 120 km of the Morava Corridor planned across Serbia, some 75 km are now open to traffic on a route linking Pojate with Preljina.
"""


def test_a_sentence_opening_on_its_whole_leaves_the_rest_of_what_its_part_is() -> None:
    reply = answered(_LINE, "how many km of the morava corridor in serbia are still not open")
    expect(reply, "45 km")


_CANAL = """| 3 March 2025, Monday |

Panama canal revenue slips

Panama Canal revenue fell to $4.1 billion in the 2023/24 fiscal year from a record $5.0 billion a year earlier, due to a drought.
"""


def test_a_dollar_sign_standing_alone_asks_the_change_in_dollars() -> None:
    assert parse_query("by how many bn $ did canal revenue fall in 2023/24", stored(_CANAL)).currency == "USD"
    expect(answered(_CANAL, "by how many bn $ did canal revenue fall in 2023/24"), "0.90 billion dollars")
