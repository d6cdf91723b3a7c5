"""Phone typing that is no slip into another English word, read as it was meant."""

from __future__ import annotations

import pytest

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_FISHERY = """| 21 October 2025, Tuesday |

Peru sets anchovy quota at 2.45 million tonnes

Peru's production ministry on Monday set the anchovy catch quota at 2.45 million tonnes.

Rival Pesquera Andina said it would process about 380,000 tonnes. It will upgrade its fleet of 42 purse-seine vessels next year.

Shipments of fishmeal to China fell 12.3% to 1.57 million cases in the quarter.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "dose" is a word, but not this article's, one swap from "does"
        ("how many boats dose pesquera andina have", "42"),
        # "casses": the article's "cases" with a letter doubled, not "classes" with one dropped
        ("how many casses of fishmeal went to china", "1.57 million"),
    ],
)
def test_a_word_english_has_but_the_article_lacks_is_read_as_the_slip_it_is(question: str, expected: str) -> None:
    expect(answered(_FISHERY, question), expected)


def test_the_article_s_own_word_is_never_repaired() -> None:
    drug = """| 3 March 2025, Monday |

Drugmaker trims dose in trial

The company said each patient received a dose of 40 milligrams in the trial.

  • Reuters
"""
    expect(answered(drug, "how big was the dose each patient got"), "40 milligrams")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much sulfuric acid does it use a year", "2.9 million tonnes"),  # the article writes "sulphuric"
        ("how much fertilizer did farmers buy", "2 million tonnes"),  # ... and "fertiliser"
    ],
)
def test_the_other_side_of_the_atlantic_spells_the_article_s_word(question: str, expected: str) -> None:
    article = """| 25 August 2025, Monday |

Kazakh miner short of acid

The miner uses about 300,000 tonnes of nitric acid a year. It also uses about 2.9 million tonnes of sulphuric acid a year.

Farmers bought 3 million tonnes of seed. They also bought 2 million tonnes of fertiliser.

  • Reuters
"""
    expect(answered(article, question), expected)


def test_what_follows_how_is_how_long_or_much_though_the_article_says_lng() -> None:
    article = """| 23 April 2025, Wednesday |

Cyclone shuts LNG port

Coolibah cut its LNG shipment forecast after a cyclone closed Port Hedland for several days.

The storm halted loading at the Port Hedland LNG terminal for five days in February.

  • Reuters
"""
    expect(answered(article, "how lng was port hedland shut"), "five days")


def test_a_co_op_is_a_cooperative_and_co_before_a_hyphen_no_company() -> None:
    article = """| 12 November 2025, Wednesday |

Dairy cooperative narrows range

The Hamilton-based cooperative, the country's largest milk processor, narrowed its forecast range to NZ$9.90 to NZ$10.90 per kg from NZ$9.40 to NZ$10.60 previously.

Its chief executive, a co-founder of the company, said demand was firm.

  • Reuters
"""
    expect(answered(article, "what did the co-op do with its forecast range"), "NZ$9.90")
    assert "company-founder" not in parse_query("who is the co-founder", stored(article)).text


def test_a_letter_doubled_or_not_is_the_english_word_not_an_article_word_two_slips_away() -> None:
    article = """| 3 March 2025, Monday |

Union talks stall

The union said bargaining over wages would resume in April.

  • Reuters
"""
    assert "bargaining" not in parse_query("what happened at the begining", stored(article)).text


def test_at_the_beginning_is_the_initial_level() -> None:
    article = """| 3 March 2025, Monday |

Chip plant opens

The plant has an initial capacity of 8,000 wafers a month, which Halvern plans to raise to 20,000 wafers a month by 2028.

  • Reuters
"""
    expect(answered(article, "hw many wafers a mnth at the begining"), "8,000")


def test_a_slip_into_an_english_word_is_read_beside_its_neighbour_in_either_number() -> None:
    article = """| 3 March 2025, Monday |

Swiss watch exports slip

Exports of precious-metal watches rose 2.7% to 1.02 billion francs, while steel watches fell 8.3% to 781.6 million francs.

  • Reuters
"""
    expect(answered(article, "steal watch exports value"), "781.6")


def test_two_words_of_the_article_typed_as_one() -> None:
    article = """| 12 November 2025, Wednesday |

Dairy cooperative lifts forecast

Milk collections rose 2.4% to 612 million kg of milk solids in the first five months of the season.

Butter production rose 3% to 96,000 tonnes.

  • Reuters
"""
    expect(answered(article, "how many kg of milksolids were collected"), "612 million kg")
    assert "milk solids" in parse_query("milksolids collected", stored(article)).text


def test_due_to_before_a_verb_schedules_and_keeps_its_year() -> None:
    article = """| 2 October 2025, Thursday |

Singapore home prices climb

Singapore's private home prices rose 1.4% in the third quarter, official data showed.

About 8,500 private homes are due to be completed next year, up from 6,700 this year, according to URA data.

  • Reuters
"""
    expect(answered(article, "how mny private homes get completd nxt year"), "8,500")


def test_cattle_are_counted_by_the_head() -> None:
    article = """| 21 October 2025, Tuesday |

Uruguay beef exports slump

Uruguay's beef exports fell 8.4% in the first nine months of 2025 to 318,500 tonnes, the National Meat Institute said on Monday.

Slaughter at the country's meatpacking plants fell 11.2% to 1.62 million head of cattle between January and September, data showed.

  • Reuters
"""
    expect(answered(article, "how manny cattle slaughterd jan-sept"), "1.62 million")


def test_a_count_asked_in_the_figure_s_unit_is_no_other_measure() -> None:
    article = """| 31 October 2025, Friday |

Weak yen swells Japan's import bill

Crude oil imports cost 1.06 trillion yen in September, up from 943 billion yen a year earlier, even though volumes fell 3.1% to 71.2 million barrels, finance ministry data showed.

  • Reuters
"""
    expect(answered(article, "how mnay barrels of crude did japan import in septmber"), "71.2 million barrels")


def test_phone_shorthand_bak_is_back() -> None:
    article = """| 4 November 2025, Tuesday |

Regulator fines water company

Ofwat fined Mercia Water 96.4 million pounds on Tuesday.

Mercia must return 31 million pounds to customers through lower bills over the next two years.

  • Reuters
"""
    expect(answered(article, "how much mony is mercia giving bak to custmers"), "31 million pounds")


def test_a_count_glued_to_a_span_and_an_acronym_the_article_spells_out() -> None:
    article = """| 31 October 2025, Friday |

Yen slides to record low

The yen's slide has been driven by the gap between U.S. and Japanese interest rates. Ten-year U.S. Treasury yields hovered around 4.6% this week, against 1.7% for Japanese government bonds of the same maturity.

  • Reuters
"""
    assert "10-year" in parse_query("10yr us yield", stored(article)).text
    assert "japanese government bonds" in parse_query("10yr us yeild vs jgb", stored(article)).text
    expect(answered(article, "10yr us yeild vs jgb"), "1.7%")



def test_the_first_words_of_a_name_opening_a_sentence_are_that_name() -> None:
    # "Indus Mobile's average revenue per user rose ..." opens its sentence; the story names
    # "Indus Mobile Networks" whole elsewhere, and rivals besides.
    expect(answered("in_spectrum", "indus mobile average revenue per user"), "231 rupees")


def test_a_kind_before_a_time_heads_no_noun_and_tonnes_are_worth_no_money() -> None:
    # "92.6 tonnes of gold last month": "gold" is the kind of the figure, not a word heading
    # "last"; and the tonnes say nothing of what the imports were worth.
    article = """| 18 November 2025, Tuesday |

India's gold imports surge

India's gold imports jumped 44.5% from a year earlier to $8.52 billion in October, government data showed on Monday.

In volume terms, the world's second-biggest consumer of the metal imported 92.6 tonnes of gold last month, up from 71.3 tonnes in October 2024 and 48.7 tonnes in September.

  • Reuters
"""
    expect(answered(article, "gold imprts in tonnes in septmber?"), "48.7 tonnes")
    expect(answered(article, "What were gold imports worth in October last year?"), "5.9")


def test_a_level_asked_is_the_level_reached_not_the_amount_added() -> None:
    # "how many tonnes" of reserves asks the holdings: "taking its holdings to 879.6 tonnes",
    # not the 62 tonnes added on the way.
    article = """| 18 November 2025, Tuesday |

India's gold imports surge

India's gold imports jumped 44.5% from a year earlier to $8.52 billion in October, government data showed on Monday.

The Reserve Bank of India has added about 62 tonnes of gold to its reserves since 2022, taking its holdings to 879.6 tonnes at the end of September.

  • Reuters
"""
    expect(answered(article, "rbi gold reseves how many tonnes"), "879.6 tonnes")


def test_a_letter_after_an_apostrophe_ending_a_sentence_is_no_initial() -> None:
    # "... Nyeri and Murang'a. Rainfall in Kericho was 42% below": two sentences, so the list
    # of counties shares no figure of the second.
    article = """| 22 October 2025, Wednesday |

Kenyan tea prices rise

Tea production fell 11.8% from a year earlier to 38.4 million kg in September, the board said, due to a dry spell in the main growing counties of Kericho, Bomet, Nyeri and Murang'a. Rainfall in Kericho was 42% below the long-term average last month, the Kenya Meteorological Department said.

  • Reuters
"""
    expect(answered(article, "kericho rainfal below avrage by how much"), "42%")


def test_an_undated_sentence_is_not_dated_by_a_later_sentence_of_its_paragraph() -> None:
    # The net profit is of the lead's nine months; "Third-quarter revenue alone", said after
    # it, dates only itself.
    expect(answered("ma_phosphate", "net proft for the nine monhts?"), "14.7 billion dirhams")


_ROBOTS = """| 12 November 2025, Wednesday |

Japan robot orders rise

Japan's robot orders rose 8% in the July-September quarter, an industry group said on Wednesday.

By product, orders for welding robots used on car assembly lines rose 22% to 48.3 billion yen, and orders for collaborative robots, or cobots, that work alongside people doubled to 9.6 billion yen.

  • Reuters
"""


@pytest.mark.parametrize("question", ["cobot ordrs this qtr?", "how much did cobot orders reach", "orders for collaborative robots?"])
def test_a_figure_after_a_relative_clause_measures_the_noun_before_it_under_either_name(question: str) -> None:
    # ", or cobots, that work alongside people doubled to 9.6 billion yen": the orders for
    # cobots doubled; the clause only says which robots.
    expect(answered(_ROBOTS, question), "9.6 billion yen")


_CAPITAL = """| 21 October 2025, Tuesday |

Banca Nordica to buy rival lender

Banca Nordica said on Monday it would buy Credito Sud for 2.1 billion euros.

The bank said its core tier 1 capital ratio would fall to 13.1% from 15.4% after the deal. It pays a dividend of 45 cents a share.

  • Reuters
"""


def test_letters_glued_to_digits_are_a_code_not_a_slip_of_a_word() -> None:
    # "cet1" is no "cent1": the article's "cents" are another figure
    expect(answered(_CAPITAL, "what will banca nordica's cet1 ratio fall to after the deal"), "13.1%")


_CHARGE = """| 5 November 2025, Wednesday |

Windmaker books restructuring charge

Danish turbine maker Havborg said it had set aside 1.1 billion crowns for restructuring after cutting 1,400 jobs.

Its chief executive said the company would settle a dispute with a supplier this year.

  • Reuters
"""


@pytest.mark.parametrize("question", ["how much are they setting aside for restructuring", "how much r they setting aside for the restructuring"])
def test_an_ending_on_the_article_s_word_is_that_word_not_a_slip(question: str) -> None:
    # "setting" is the article's "set" with -ing, no "settling" with a letter dropped
    expect(answered(_CHARGE, question), "1.1 billion crowns")


_RAIL = """| 19 November 2025, Wednesday |

Rail strike halts freight across Canada

Engineers at two Canadian railways stayed off the job for a fifth day on Wednesday.

Northline, which reported third-quarter revenue of C$4.31 billion last month, up 2.6% from a year earlier, said managers were running about 15% of its normal traffic. Westbay said it had stopped accepting cross-border shipments.

  • Reuters
"""


def test_a_period_written_into_the_figure_s_words_is_the_figure_s_period() -> None:
    # "last month" is when the third-quarter revenue was reported, not the period it is of
    expect(answered(_RAIL, "northline thrid quater revenu"), "C$4.31 billion")
    # ... of the railway the sentence names, not of another its paragraph mentions
    expect(answered(_RAIL, "How much revenue did Westbay report for the third quarter?"), None)


_AUTOS = """| 20 October 2025, Monday |

Czech car output slips

Registrations of new electric cars in the Czech Republic rose 44% to 12,340 in the first nine months, the importers' association said.

Production in the first nine months of the year totalled 1.02 million vehicles, down 1.9%.

  • Reuters
"""


def test_a_month_before_a_measure_word_is_a_period_not_a_kind_of_it() -> None:
    # "sept total" is the January-September total, no "September total" the article lacks
    expect(answered(_AUTOS, "czech car prodution jan-sept total?"), "1.02 million")


_LUXURY = """| 15 October 2025, Wednesday |

Luxury group's sales beat forecasts

Paris-based luxury group Maison Orsenne reported third-quarter sales of 4.86 billion euros on Wednesday, up 2.1% on an organic basis.

Leather goods and fashion, the group's biggest division, posted sales of 2.31 billion euros, up 3.4% organically, led by its handbags and the Vaugirard tote launched in March. Perfumes rose 5.1% to 890 million euros.

  • Reuters
"""


def test_a_participle_s_date_after_its_noun_dates_that_thing_not_the_figure() -> None:
    # "the tote launched in March" dates the tote; the division's sales are the quarter's
    expect(answered(_LUXURY, "leathr goods sales q3?"), "2.31 billion euros")


_BANK = """| 12 February 2025, Wednesday |

Tasman bank lifts profit and buyback

Tasman Pacific Bank reported a 4.6% rise in first-half cash profit to A$3.9 billion on Wednesday.

The bank's New Zealand arm posted a 7.2% drop in cash profit to NZ$418 million as a weak economy there pushed up arrears.

  • Reuters
"""


def test_a_company_part_before_a_measure_is_whose_measure_not_a_kind_of_it() -> None:
    # "unit profit" is the unit's profit, no "unit profit" the article's cash profit conflicts with
    expect(answered(_BANK, "nz unit proffit"), "NZ$418 million")


_DEMURRAGE = """| 19 November 2025, Wednesday |

Rail strike strands grain

About 2.3 million tonnes of grain were sitting in country elevators waiting for rail cars.

"Every ship left waiting costs exporters between $28,000 and $45,000 a day in demurrage," said Karen Lindqvist, president of the shippers' alliance.

  • Reuters
"""


def test_a_kind_word_before_a_comma_heads_no_noun_after_it() -> None:
    # "a day in demurrage," said ...: the costs are demurrage, "demurrage said" is no other noun
    expect(answered(_DEMURRAGE, "dmurrage cost per vesel a day?"), "$45,000")
