"""Which figure of the candidates answers a how-much question."""

from __future__ import annotations

import pytest

from handlers import Conversation, answer
from knowledge.store import Store
from tests.handlers.stories import answered, expect, stored

_LITHIUM = """| 19 November 2025, Wednesday |

Chile's Litio Altiplano profit falls 38% as lithium prices slide

Its average realised price for lithium carbonate fell 21% to $9,850 per tonne from $12,470 a year earlier, and was also below the $10,320 per tonne it fetched in the second quarter. Lithium hydroxide sales rose 12.5% to 13,500 tonnes at an average price of $10,900 per tonne.
"""

_REMITTANCES = """| 3 November 2025, Monday |

Mexico remittances rise in third quarter

The average transfer was $391, up from $376 a year earlier.

Measured in local currency, third-quarter remittances rose just 1.8% to about 322.4 billion pesos, because the peso averaged 18.51 per dollar in the period compared with 19.41 a year earlier.
"""


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        # the level reached is today's; only the one the year-earlier words follow is the past level
        (_LITHIUM, "whats the avg price they got per tonne of carbonate", "$9,850"),
        (_REMITTANCES, "what's the typical size of a transfer now", "$391"),
        (_REMITTANCES, "wat was the avrage peso rate in the quater", "18.51"),
    ],
)
def test_the_past_level_is_the_figure_the_year_earlier_words_follow(article: str, question: str, expected: str) -> None:
    result = answered(article, question)
    assert result.answered and expected in result.text, result.text


def test_home_loans_for_buying_a_property_are_mortgages_for_house_purchases() -> None:
    store = Store.memory()
    store.ingest_text("""| 2 October 2025, Thursday |

UK house prices rise more than expected in September

British house prices rose 0.5% in September, rebounding from a 0.1% fall in August, a lender said.

Bank of England figures showed lenders approved 64,850 mortgages for house purchases in August, up from 63,200 in July.
""")
    result = answer("How many home loans for buying a property got the green light in August?", store)
    assert result.answered and "64,850" in result.text, result.text


def test_what_is_being_done_is_the_plan_not_what_has_been_done_since() -> None:
    # the whole story, where "has closed 84 stores since 2022" sits beside the plan to close 66
    store = stored("us_retailer")
    result = answer("how many stores is brantleys shutting", store)
    assert result.answered and "66" in result.text, result.text
    since = answer("how many stores has brantleys closed since 2022", store)
    assert since.answered and "84" in since.text, since.text


def test_the_government_reference_price_is_the_ministrys_benchmark() -> None:
    store = Store.memory()
    store.ingest_text("""| 15 October 2025, Wednesday |

Indonesia's coal exports slide 8.4% in September

The ministry set its benchmark coal price (HBA) for October at $104.60 per tonne, down from $109.85 in September.
""")
    result = answer("whats the govt reference price for coal this month", store)
    assert result.answered and "$104.60" in result.text, result.text


_SUGAR = """| 23 October 2025, Thursday |

Brazil's sugar exports rise as Airbus jets land

Brazil exported 3.46 million tonnes of sugar last month, up 5.2% from September 2024, with China, Indonesia and Algeria the top buyers, according to foreign trade secretariat Secex.

Sahra Airlines has ordered 40 Airbus A321neo jets in a deal worth $6.6 billion.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much sugar did Brazil export last month?", "3.46 million tonnes"),
        ("How much sugar did Brazil import last month?", None),  # exported, whatever "buyers" come after
        ("how many airbus jets did sahra order", "40"),
        ("how many boeing jets did sahra order", None),  # a kind of jet the article never names
    ],
)
def test_the_other_way_of_trade_and_an_unnamed_kind_of_thing_counted(question: str, expected: str | None) -> None:
    expect(answered(_SUGAR, question), expected)


_AIRLINE = """| 19 November 2025, Wednesday |

Saudi carrier Sahra Airlines orders 40 Airbus jets

Sahra carried 9.44 million passengers in the first nine months of the year, up 18% from a year earlier, while its average load factor rose to 83.6% from 80.1%, the company said.

The airline now operates 38 aircraft and aims to reach 85 aircraft by 2030 under a fleet plan approved by its board in June.

Water in the kingdom's main reservoirs stood at 48% of capacity last week.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How full are Sahra's flights on average these days?", "83.6%"),  # how full is its load factor
        ("How full are the main reservoirs?", "48%"),  # ... or the share of capacity used
        ("whats the target fleet size by the end of the decade", "85 aircraft"),  # the decade ends in 2030
    ],
)
def test_how_full_and_the_end_of_the_decade(question: str, expected: str) -> None:
    result = answered(_AIRLINE, question)
    assert result.answered and expected in result.text, result.text


_ROUTES = """| 20 November 2025, Thursday |

Japan's exports beat forecasts; Sahra adds routes

Exports to China, Japan's biggest trading partner, jumped 11.2% to 1.86 trillion yen in October.

Sahra will launch 12 new international routes next year, taking its network to 68 destinations.

Sahra's shares rose 3.4% to 61.20 riyals on Tuesday.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("exprots to chian in octobr?", "1.86 trillion yen"),  # the article's China, not the lexicon's chain
        ("how many new rutes next yaer", "12 new international routes"),  # "next year" is no thing counted
        # "prise" is a word, but beside "share" the price was meant
        ("sahra shre prise tuesdy", "61.20 riyals"),
    ],
)
def test_typos_take_the_articles_word_and_a_time_ends_what_is_counted(question: str, expected: str) -> None:
    result = answered(_ROUTES, question)
    assert result.answered and expected in result.text, result.text


_BANK = """| 7 May 2025, Wednesday |

Australia's Tasman Pacific Bank lifts half-year profit, adds A$1.5 billion to buyback

Tasman Pacific Bank, Australia's fifth-biggest lender by assets, reported a 4.6% rise in first-half cash profit on Wednesday and added A$1.5 billion to its share buyback, even as a fight for home loan customers squeezed margins.

Cash profit from continuing operations rose to A$3.42 billion ($2.20 billion) in the six months to March 31, the Melbourne-based bank said.

The bank's net interest margin narrowed to 1.84% from 1.89% in the previous six months.

The lira has lost about 12.5% of its value against the dollar this year.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the amount made, not the rise in it nor the buyback added in the next clause
        ("how much cash profit did the bank make in the half", "A$3.42 billion"),
        ("what was the net interest margin?", "1.84%"),  # a margin is a rate: its level is a percent
        ("How much has the lira lost this year?", "12.5%"),  # a loss asked: the percent lost
    ],
)
def test_an_amount_asked_is_no_percent_rise_in_it(question: str, expected: str) -> None:
    result = answered(_BANK, question)
    assert result.answered and expected in result.text, result.text


_PORT = """| 22 October 2025, Wednesday |

Rotterdam port cargo slips 2.4% in nine months

Cargo throughput at the Port of Rotterdam fell 2.4% in the first nine months of 2025 to 323.6 million tonnes, the Port of Rotterdam Authority said on Wednesday.

Coal imports plunged 18.5% to 11.6 million tonnes.

"Without the strike we would have grown by about 3.6% in containers," Chief Executive Pieter van Ommeren told reporters in Rotterdam.

The port authority's revenue rose 3.5% to 682 million euros in the period, while investments reached 398 million euros.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "the port authority's revenue" asks a figure, not where a port is; nine months, not one
        ("Whats the port authority's revenue for the nine months?", "682 million euros"),
        ("who's the boss of the port of rotterdam", "Pieter van Ommeren"),  # Rotterdam's port: "in Rotterdam"
        ("By how much did coal exports from Rotterdam increase?", None),  # what would have been is no growth
    ],
)
def test_a_port_authority_its_boss_and_what_would_have_been(question: str, expected: str | None) -> None:
    expect(answered(_PORT, question), expected)


def test_the_economy_shrinking_is_gdp() -> None:
    text = """| 20 November 2025, Thursday |

Japan's exports beat forecasts

Data released on Monday showed Japan's economy shrank an annualised 1.2% in the third quarter.
"""
    expect(answered(text, "how much did gdp shrink in the third quarter"), "1.2%")


_SHARES = """| 20 November 2025, Thursday |

Litio Altiplano sales rise as China buys more

China remained its biggest market, taking 61% of volumes, followed by South Korea and Japan. Sales rose 4.1% in the quarter.

About 80% of the plant's output is shipped to the United States, with the rest going to Canada.

The fund's biggest holding was Helix Systems at $51.7 billion.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what share of its volumes went to china?", "61%"),  # "taking 61% of volumes": a share, unworded
        ("What share of the plant's output goes to the US?", "80%"),
        ("What percentage of Helix Systems does the fund own?", None),  # a $51.7 billion stake is no share
    ],
)
def test_a_share_asked_is_a_percentage_of_something(question: str, expected: str | None) -> None:
    expect(answered(_SHARES, question), expected)


def test_capital_pledged_so_far_this_year_is_the_registered_total_from_january() -> None:
    text = """| 6 September 2025, Saturday |

Vietnam's FDI rises

Registered foreign capital, an indicator of future disbursements, jumped 27.3% to $26.14 billion in the January-August period, data showed.

Singapore was the biggest source of pledged capital at $6.73 billion.
"""
    expect(answered(text, "What's the total foreign capital pledged in Vietnam so far this year?"), "$26.14 billion")


def test_a_record_for_the_period_carries_the_leads_nine_months_on() -> None:
    text = """| 22 October 2025, Wednesday |

Rotterdam port cargo slips 2.4% in nine months

Cargo throughput at the Port of Rotterdam fell 2.4% in the first nine months of 2025 to 323.6 million tonnes.

Throughput of liquefied natural gas (LNG) climbed 11.4% to 7.8 million tonnes, a record for the period.
"""
    expect(answered(text, "How much LNG has come through Rotterdam so far this year?"), "7.8 million tonnes")


def test_a_forecast_after_the_next_figure_is_that_figures() -> None:
    # "followed a revised 1.1% increase in June and was much steeper than the 1.5% drop forecast":
    # the forecast is the 1.5%'s
    store = stored("za_mining")
    conversation = Conversation()
    answer("How much did mining output fall year on year in July?", store, conversation)
    result = answer("and in june?", store, conversation)
    assert result.answered and "1.1%" in result.text, result.text


_RETAILER = """| 5 March 2025, Wednesday |

Brantley's to close 66 stores as holiday sales slip

Net sales fell to $7.84 billion in the fourth quarter ended February 1 from $8.10 billion a year earlier. Comparable sales declined 1.9%, an improvement from a 2.4% drop in the third quarter.

Net income rose to $412 million, or $1.38 per share, from $355 million a year earlier. Excluding items, the company earned $1.62 per share.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much did comparable sales drop in the holiday quarter?", "1.9%"),  # retail's holiday quarter: the fourth
        ("what did they make in profit in the holiday quarter", "$412 million"),  # net income, not earnings per share
        ("what were earnings per share?", "per share"),  # a share's worth asked: either reading
    ],
)
def test_the_holiday_quarter_and_profit_not_per_share(question: str, expected: str) -> None:
    result = answered(_RETAILER, question)
    assert result.answered and expected in result.text, result.text


def test_a_short_slip_is_read_in_context_but_a_month_abbreviation_is_kept() -> None:
    from handlers.query import parse_query

    store = stored("""| 25 July 2025, Friday |

Turkey cuts rates

The median forecast in a Reuters poll of 15 economists had been for a 300 basis point cut. The lira ran to a record low.
""")
    assert "poll" in {t.lemma for t in parse_query("how mny economists in the reuters pol", store).terms}
    assert parse_query("how far did the lira fall jan to jun", store).times  # "jan" is January, not "ran"


def test_a_counted_noun_ends_at_a_past_tense_the_lemmatiser_reads_as_a_noun() -> None:
    # "how many projects won contracts": the projects are counted, not the won
    expect(answered("wind_auction", "how many projcts won contracs"), "Eleven")


def test_a_period_adjective_after_reported_is_what_was_reported_of() -> None:
    text = """| 22 October 2025, Wednesday |

Halvern opens Malaysian chip plant

Halvern also runs factories in Costa Rica. It reported third-quarter revenue of $3.42 billion last week, up 11% from a year earlier.
"""
    expect(answered(text, "halvern q3 revnue"), "$3.42 billion")


def test_a_count_of_listed_kinds_counts_the_kind_asked_among_them() -> None:
    text = """| 23 October 2025, Thursday |

Rail strike halts potash shipments

About 3,400 conductors, locomotive engineers and yard workers represented by the union walked off the job on October 14.
"""
    expect(answered(text, "How many railway workers walked out?"), "3,400")


def test_a_poll_s_size_is_who_was_asked_not_what_they_forecast() -> None:
    article = """| 24 July 2025, Thursday |

Turkey's central bank cuts rates less than expected

Turkey's central bank cut its policy rate by 250 basis points to 43.5% on Thursday.

The median forecast in a Reuters poll of 15 economists had been for a 300 basis point cut to 43%.

  • Reuters
"""
    expect(answered(article, "how many economists were in the reuters poll"), "15")


def test_hoping_to_is_seeking_or_aiming_to() -> None:
    article = """| 21 October 2025, Tuesday |

Helvara to cut jobs

Helvara said it would cut 1,850 jobs, as the drugmaker seeks to save 350 million Swiss francs a year by 2027.

Helvara cut its outlook and now expects sales to decline by a low single-digit percentage.

  • Reuters
"""
    expect(answered(article, "How much does Helvara hope to save annually?"), "350 million")


def test_a_verb_of_having_the_things_counted_need_not_be_repeated() -> None:
    # "Atlantic Keel buys steel, valves, ... from more than 2,100 suppliers in 46 states"
    expect(answered("us_shipyard", "how many suppliers does atlantic keel use"), "2,100")
