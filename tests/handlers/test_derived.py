"""Figures worked out from the ones an article states: differences, shares, amounts each."""

from __future__ import annotations

import pytest

from handlers import answer
from knowledge.store import Store
from tests.handlers.stories import answered as _answered
from tests.handlers.stories import expect, story

_FREIGHT = """| 6 November 2025, Thursday |

Nordhavn lifts outlook as Red Sea detours keep freight rates high

Rates on the Asia-Europe trade jumped 21% to $2,940 per FFE, but transpacific rates slipped 4% to $2,480 as extra capacity flooded routes to the United States.

The company transported 1.62 million FFE in the quarter, up 2.6% on the year.
"""


@pytest.mark.parametrize(
    "question",
    ["how much pricier is asia-europe than transpacific per container", "how much cheaper are transpacific boxes than asia-europe ones"],
)
def test_a_comparative_with_than_is_the_difference_of_the_two_figures(question: str) -> None:
    result = _answered(_FREIGHT, question)
    assert result.answered and result.intent == "derived", result.text
    assert "460" in result.text and "$2,940 − $2,480" in result.text, result.text  # never a negative working


def test_an_amount_already_per_unit_is_not_divided_again() -> None:
    result = _answered(_FREIGHT, "how much does asia-europe shipping cost per container")
    assert "÷" not in result.text and "1.62" not in result.text, result.text  # nor the boxes carried: a cost is money
    assert _answered(_FREIGHT, "what are asia-europe rates per container").text.startswith("Rates on the Asia-Europe trade")


_CANAL = """| 13 October 2025, Monday |

Suez Canal revenue falls as Red Sea attacks keep ships away

Egypt's Suez Canal revenue fell 18.4% year on year to $312 million in September.

A total of 968 ships crossed the waterway last month, down from 1,104 a year earlier, the authority said.

Analysts said the toll discounts introduced in January had done little to lure lines back.

A ship-tracking firm estimated that 1,870 vessels sailed around the Cape of Good Hope in September.
"""


def test_an_amount_each_divides_by_the_count_told_nearest_the_total() -> None:
    # "per ship did the canal make": the verb after the noun is not what is counted
    result = _answered(_CANAL, "Roughly how much revenue per ship did the canal make in September?")
    assert result.answered and "968" in result.text and "322,314" in result.text, result.text


_STORM = """| 28 October 2025, Tuesday |

Typhoon flattens Philippine rice and corn crops

Typhoon Kaluma damaged crops worth 8.6 billion pesos across the northern Philippines, flattening rice fields weeks before harvest.

Rice accounted for 5.9 billion pesos of the farm losses, while damage to corn reached 1.8 billion pesos on 97,300 hectares.

The department has released 1.2 billion pesos for seeds and cash aid of 7,000 pesos per affected farmer.

Farm-gate prices of yellow corn jumped to 19.50 pesos per kg from 16.80 pesos a month ago.
"""


@pytest.mark.parametrize(
    "question",
    [
        "How much more did the typhoon cost rice farmers than corn farmers, in pesos?",  # farmers on both sides
        "how much bigger was rice damage than corn damage",
    ],
)
def test_the_things_compared_are_the_words_either_side_of_than_each_its_own_subject(question: str) -> None:
    result = _answered(_STORM, question)
    assert result.answered and "5.9 billion pesos − 1.8 billion pesos" in result.text, result.text


def test_a_price_per_kg_is_never_subtracted_from_a_total() -> None:
    result = _answered(_STORM, "how much more did corn farmers lose than the price of corn")
    assert not result.answered or not any(price in result.text for price in ("19.50", "16.80")), result.text


_RESERVOIRS = """| 12 August 2025, Tuesday |

Weak monsoon delays India's rice planting

Water in India's 150 main reservoirs stood at 48% of capacity last week, compared with 61% a year earlier, according to the Central Water Commission.

Farmers had planted rice on 24.6 million hectares as of August 8, down 7.2% from a year earlier.
"""


@pytest.mark.parametrize(
    "question", ["how many points lower are reservoir levels than a year ago", "by how many points are reservoirs lower than a year ago"]
)
def test_how_many_points_lower_than_a_year_ago_is_the_gap_of_the_two_levels(question: str) -> None:
    result = _answered(_RESERVOIRS, question)
    assert result.answered and "13 percentage points" in result.text and "Down" in result.text, result.text


_FUEL = """| 6 November 2025, Thursday |

Nordhavn profit falls as Red Sea detours lift fuel costs

Danish container line Nordhavn said on Wednesday its operating profit fell 38% in the third quarter.

Fuel costs rose 27% to $1.31 billion, even though the average price Nordhavn paid fell to $598 a tonne from $617 a year earlier.

The company transported 1.62 million FFE in the quarter, up 2.6% on the year.
"""


def test_and_a_year_ago_after_a_figure_answer_takes_that_figures_earlier_level() -> None:
    from handlers import Conversation

    store = Store.memory()
    store.ingest_text(_FUEL)
    chat = Conversation()
    first = answer("what did nordhavn pay per tonne of fuel this quarter", store, chat)
    assert "$598" in first.text, first.text
    result = answer("and a year ago?", store, chat)
    # the level the answered figure fell from, not the fuel bill worked back from its 27% rise
    assert result.answered and result.text.startswith("$617"), result.text


_HOUSES = """| 2 October 2025, Thursday |

UK house prices rise more than expected in September

The average price of a home rose to £273,920, up 2.4% from a year earlier, the Leeds-based lender said.

Net mortgage lending to individuals rose to £4.6 billion from £3.9 billion in July.

The average rate on a two-year fixed-rate mortgage fell to 4.18% in September from 4.31% in August.
"""

_GOLD_REVENUE = """| 22 October 2025, Wednesday |

Merridale lifts gold output

Revenue jumped 60% to a record A$1.12 billion as Merridale sold 215,800 ounces at an average realised price of A$5,190 an ounce.
"""


def test_a_year_earlier_level_is_worked_from_a_rate_of_change_never_from_a_level_left() -> None:
    # "from 4.31% in August" is a level left, no fall of 4.31%; the pound sign stays on the result
    result = _answered(_HOUSES, "What was the average house price this time last year?")
    assert result.answered and "About £267,500" in result.text and "£273,920 ÷ 1.024" in result.text, result.text


@pytest.mark.parametrize("article", [_GOLD_REVENUE, "gold_miner"])
def test_the_rate_of_another_measure_works_out_no_year_earlier_level(article: str) -> None:
    # the 60% is revenue's, not the price's (in the small story, and in the whole one)
    assert not _answered(story(article), "What average price did Merridale get for its gold a year ago?").answered


@pytest.mark.parametrize(
    ("article", "question"),
    [
        # "fell to 4.18% from 4.31%" are levels of a rate: no fall of 4.18% to work any amount back from
        (_HOUSES, "What was the average two-year fixed mortgage rate in September last year?"),
        # a price asked is no tonnage worked back
        ("""| 19 November 2025, Wednesday |

Litio Altiplano profit falls

Lithium hydroxide sales rose 12.5% to 13,500 tonnes at an average price of $10,900 per tonne.
""", "What was the average hydroxide price a year ago?"),
    ],
)
def test_no_year_earlier_level_from_a_rate_level_or_of_another_kind(article: str, question: str) -> None:
    result = _answered(article, question)
    assert not result.answered or "÷" not in result.text, result.text


def test_a_rate_that_moved_another_level_works_out_no_year_earlier_area() -> None:
    result = _answered(story("cn_property"), "How many square metres did Tianjia sell in October last year?")
    assert not result.answered or "402,000 square metres ÷" not in result.text, result.text
    article = """| 3 November 2025, Monday |

Tianjia's October sales slide as China property slump drags on

The developer's contracted sales fell 34.2% from a year earlier to 4.87 billion yuan in October, covering 402,000 square metres, the company said.
"""
    result = _answered(article, "How many square metres did Tianjia sell in October last year?")
    assert not result.answered or "402,000 square metres ÷" not in result.text, result.text


@pytest.mark.parametrize(
    ("after", "unit"),
    [(" per tonne", ("tonne", None)), ("/kg", ("kg", None)), (" per affected farmer", ("affected", "farmer")),
     (" and more", None), (" annual", None)],  # "and" is no "a" with "nd" after it
)
def test_the_unit_an_amount_is_of(after: str, unit: tuple[str, str | None] | None) -> None:
    from handlers.arithmetic import EACH_AFTER

    m = EACH_AFTER.match(after)
    assert (m.groups() if m else None) == unit


_CRUSH = """| 23 October 2025, Thursday |

Brazil's centre-south cane crush drops 9.4% as drought bites

Sugarcane mills in Brazil's centre-south crushed 38.6 million tonnes of cane in the first half of October, down 9.4% from a year earlier, industry association Anacana said on Wednesday.

Sugar production in the fortnight fell 6.1% to 2.31 million tonnes, while ethanol output dropped 13.7% to 1.72 billion litres. Mills allocated 52.8% of the cane to sugar, up from 49.6% in the same period last year.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the first half of October is a fortnight, of which "the same fortnight last year" asks
        ("How much cane was crushed in the same fortnight last year?", "42.6"),
        ("how much cane was crushed in the fortnight?", "38.6 million tonnes"),
    ],
)
def test_a_fortnight_is_the_half_month_stated(question: str, expected: str) -> None:
    result = _answered(_CRUSH, question)
    assert result.answered and expected in result.text, result.text


def test_the_same_day_last_year_works_back_from_the_rate() -> None:
    text = """| 11 June 2025, Wednesday |

India's power demand hits record

India's peak electricity demand rose to a record 256.4 gigawatts on Tuesday, 6.8% above demand on the same day a year earlier, the grid operator said.
"""
    result = _answered(text, "What was peak demand on the same day last year?")
    assert result.answered and "240.07" in result.text, result.text


def test_a_leads_rate_works_back_from_the_level_the_next_sentence_reaches() -> None:
    # the lead's A$1.5 billion is the buyback's, in a clause of its own
    text = """| 7 May 2025, Wednesday |

Tasman Pacific Bank lifts half-year profit

Tasman Pacific Bank reported a 4.6% rise in first-half cash profit on Wednesday and added A$1.5 billion to its share buyback.

Cash profit from continuing operations rose to A$3.42 billion in the six months to March 31, the Melbourne-based bank said.
"""
    result = _answered(text, "What was the cash profit in the same half a year ago?")
    assert result.answered and "A$3.27 billion" in result.text, result.text


_TENDER = """| 22 October 2025, Wednesday |

Egypt buys 420,000 tonnes of wheat, mostly Russian

The purchase included 240,000 tonnes of Russian wheat, 120,000 tonnes of Romanian wheat and 60,000 tonnes of French wheat, traders said.

Russian wheat was bought at $246.50 a tonne, Romanian wheat at $249.00 and French wheat at $254.75.

The state buyer paid farmers 2,350 Egyptian pounds per ardeb of local wheat.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # per tonne asks prices: neither the tonnes bought nor another origin's price
        ("how much more per tonne was the french wheat than the russian", "8.25"),
        ("what did egypt pay per tonne for russian wheat", "$246.50"),  # "bought at" is what was paid
    ],
)
def test_a_price_per_tonne_compares_prices(question: str, expected: str) -> None:
    result = _answered(_TENDER, question)
    assert result.answered and expected in result.text, result.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much was set aside for bread subsidies the year before?", "124.34 billion"),  # set aside: allocated
        ("What pound-dollar exchange rate does the bread subsidy budget imply?", "48.61"),  # Egypt's pound
    ],
)
def test_an_allocation_set_aside_and_the_pound_of_the_story(question: str, expected: str) -> None:
    text = """| 22 October 2025, Wednesday |

Egypt raises bread subsidy

The cabinet has allocated 160.9 billion Egyptian pounds ($3.31 billion) for bread subsidies in the 2025/26 fiscal year, up 29.4% from the year before.
"""
    result = _answered(text, question)
    assert result.answered and expected in result.text, result.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the level left at the start of May, not the one a year earlier the sentence also gives
        ("how much have coal stockpiles at plants shrunk since the beginning of may", "4.5 million tonnes"),
        # "on a seasonally adjusted basis" is every figure's basis in its sentence
        ("how much did the seasonally adjusted deficit shrink from september", "186.3 billion yen"),
    ],
)
def test_a_change_since_a_base_pairs_the_level_left_then(question: str, expected: str) -> None:
    text = """| 20 November 2025, Thursday |

Coal stocks dip, deficit narrows

Coal stocks at power plants stood at 41.3 million tonnes on Monday, enough for about 13 days of use, down from 45.8 million tonnes at the start of May but up from 35.6 million tonnes a year earlier.

On a seasonally adjusted basis, Japan posted a trade deficit of 312.4 billion yen in October, narrowing from 498.7 billion yen in September.
"""
    result = _answered(text, question)
    assert result.answered and expected in result.text, result.text


def test_six_months_span_the_dates_a_sentence_gives_from_first_to_last() -> None:
    # "slipped to 19,402 billion crowns at the end of June from 19,742 billion at the start of the year"
    result = _answered("wealth_fund", "By how much did the fund's value fall over the six months?")
    assert result.answered and "340 billion crowns" in result.text, result.text


def test_the_north_is_the_northern_region_and_a_budget_is_presented() -> None:
    text = """| 3 June 2025, Tuesday |

Pakistan cement sales climb 9.6% in May

A 50-kg bag of cement sold for an average of 1,447 rupees in the northern region in May and 1,392 rupees in the south.

The 2025/26 budget is due to be presented to the National Assembly on June 10, two officials said.
"""
    priced = _answered(text, "how much pricier is a bag in the north than in the south")
    assert priced.answered and "55 rupees" in priced.text, priced.text
    unveiled = _answered(text, "when does the govt unveil the new budget")
    assert unveiled.answered and "10 June" in unveiled.text, unveiled.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was Prairie Crest's share price a year ago?", None),  # a day's move, no year's
        ("what's the publication date on this", "23 October 2025"),
    ],
)
def test_a_share_price_a_year_ago_is_not_worked_back_from_a_days_move(question: str, expected: str | None) -> None:
    text = """| 23 October 2025, Thursday |

Prairie Crest cuts potash output as rail strike halts shipments

Shares of Prairie Crest fell 3.7% to C$58.20 in Toronto on Thursday.
"""
    expect(_answered(text, question), expected)
