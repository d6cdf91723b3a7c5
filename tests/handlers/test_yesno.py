"""Yes or no, only as the article states it: the move of the thing asked, of the one asked."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered as _answered

_TRADE = """| 1 October 2025, Wednesday |

South Korea's September exports jump 9.4% on record chip sales as U.S. car shipments slump

South Korea's exports rose 9.4% in September from a year earlier to $63.82 billion, as record semiconductor sales to China more than offset a sharp drop in car shipments to the United States.

Imports grew 2.1% to $54.67 billion, leaving a trade surplus of $9.15 billion for the month, up from $4.79 billion a year earlier.

By destination, exports to China rose 6.3% to $11.94 billion, while shipments to the United States fell 3.2% to $10.27 billion.
"""

_HOMES = """| 17 November 2025, Monday |

China's new home prices fall for 28th month

New home prices in 70 major cities fell 0.4% in October from September, the 28th straight monthly decline. Prices dropped 5.7% from a year earlier in Guangzhou and 4.8% in Hangzhou, while Shanghai posted a 3.9% rise.
"""


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        # the move of exports to the US, not of all exports in a clause that names the US further on
        (_TRADE, "did exports to the US go up last month?", "No."),
        (_TRADE, "did exports to the US go up last month?", "fell 3.2%"),
        # the clause of the one asked moves what the sentence named before it
        (_HOMES, "are new home prices in shanghai falling too", "No."),
        (_HOMES, "are new home prices in shanghai falling too", "3.9% rise"),
    ],
)
def test_the_move_asked_is_the_one_of_the_one_asked(article: str, question: str, expected: str) -> None:
    result = _answered(article, question)
    assert result.answered and expected in result.text, result.text


def test_by_how_much_a_level_widened_pairs_the_levels_joined_by_up_from() -> None:
    # "Imports grew 2.1% to $54.67 billion" is another measure's rate and level
    result = _answered(_TRADE, "by how much did the trade surplus widen compared with a year ago")
    assert result.answered and "$9.15 billion − $4.79 billion" in result.text, result.text


_GOLD = """| 22 October 2025, Wednesday |

Australia's Merridale lifts gold output, keeps guidance

Merridale Resources, Australia's fourth-largest gold miner, said on Wednesday its gold production rose 9.4% from a year earlier to 218,400 ounces in the September quarter. The Perth-based company kept its full-year output guidance unchanged and said its board had approved an expansion of its Yarrowee mine.

Merridale expects the expansion to add about 150,000 ounces a year of output at a cost about A$300 an ounce below the mine's current level.
"""


def test_a_forecast_kept_is_no_cut_and_what_is_expected_is_no_forecast_moving() -> None:
    # "The Perth-based company" is Merridale; "output guidance" is its forecast; "expects the
    # expansion to add" moves no forecast
    result = _answered(_GOLD, "Did Merridale cut its forecast for the year?")
    assert result.answered and result.text.startswith("No. The Perth-based company kept its full-year output guidance unchanged"), result.text


_LITHIUM = """| 19 November 2025, Wednesday |

Chile's Litio Altiplano profit falls 38% as lithium prices slide

It cut its 2026 capital spending plan to $920 million from $1.1 billion, delaying a second-phase expansion.

Shares of Litio Altiplano fell 4.1% to 41,250 pesos in early trading in Santiago on Wednesday.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the stock go up after the results", "No. Shares of Litio Altiplano fell 4.1%"),  # "after the results" is when
        ("What happened to the capex budget for next year?", "$920 million"),  # capex is capital spending
    ],
)
def test_news_timing_and_capex(question: str, expected: str) -> None:
    result = _answered(_LITHIUM, question)
    assert result.answered and expected in result.text, result.text


def test_beating_wall_street_asks_of_the_result_not_the_outlook() -> None:
    article = """| 5 March 2025, Wednesday |

Brantley's to close 66 stores as holiday sales slip

Excluding items, the company earned $1.62 per share, beating the average analyst estimate of $1.49.

It expects adjusted earnings of $2.95 to $3.25 per share, below the analysts' average estimate of $3.41.
"""
    # "Wall Street" is the analysts, no name the story must use
    result = _answered(article, "Did Brantley's beat Wall Street's profit forecasts?")
    assert result.answered and result.text.startswith("Yes.") and "$1.62" in result.text, result.text


_JAPAN_TRADE = """| 20 November 2025, Thursday |

Japan's October exports beat forecasts as chip gear sales to China offset U.S. car slump

Japan's exports rose 4.1% in October from a year earlier to 10.10 trillion yen, finance ministry data showed on Thursday, as brisk shipments to China offset a slump in car sales to the United States.

Imports fell 2.3% to 9.87 trillion yen, leaving a trade surplus of 231.5 billion yen. It was Japan's first surplus for the month of October since 2022.

Exports to China jumped 11.2% to 1.86 trillion yen.

Crude oil imports dropped 14.8% in value to 642 billion yen in October. Imports from the United States rose 8.3% to 1.12 trillion yen.

Exports to the European Union rose 2.9% to 935.4 billion yen, while imports from the bloc fell 6.1% to 968.2 billion yen.
"""


def test_a_move_of_all_of_a_measure_over_one_of_a_partners_part() -> None:
    # "imports from the United States rose" and "imports from the bloc fell" move parts; the
    # question asks about all imports.
    reply = _answered(_JAPAN_TRADE, "Did imports go up in October?")
    assert reply.text.startswith("No.") and "2.3%" in reply.text, reply.text


def test_a_place_after_the_asked_from_is_no_answer_about_another() -> None:
    # China is what the story names often; "Imports from the United States" are still not China's.
    reply = _answered("jp_trade", "how much did imports from china rise")
    assert not reply.answered, reply.text


def test_a_forecast_held_is_no_move_of_the_thing_forecast() -> None:
    # "kept its 2025 sales guidance" holds the guidance; the sales themselves rose.
    article = """| 3 March 2025, Monday |

Kestrel Mining quarterly profit falls

Kestrel Mining said on Monday its quarterly profit fell 12% to $40 million.

Nickel sales rose 9% to 12,000 tonnes in the quarter from a year earlier.

The company kept its 2025 sales guidance of 45,000 to 50,000 tonnes.
"""
    reply = _answered(article, "Did sales grow compared with last year?")
    assert reply.text.startswith("Yes.") and "9%" in reply.text, reply.text
    reply = _answered(article, "did they keep their sales guidance?")
    assert reply.text.startswith("Yes.") and "guidance" in reply.text, reply.text


def test_more_than_a_time_before_asks_for_a_rise_since() -> None:
    # "more than a year ago" sets the profit against an earlier one, not against a number.
    article = """| 3 March 2025, Monday |

Kestrel Mining quarterly profit falls as nickel slides

Kestrel Mining said on Monday its third-quarter net profit fell 12% from a year earlier to $40 million, hurt by lower nickel prices.

Shares in Kestrel rose 2% on Monday.
"""
    reply = _answered(article, "did kestrel earn more than a year ago?")
    assert reply.text.startswith("No.") and "12%" in reply.text, reply.text
    # Against a number, the stated profit is set against it, not read as a rise.
    reply = _answered(article, "did kestrel earn more than $50 million?")
    assert reply.text.startswith("No.") and "$40 million" in reply.text, reply.text


def test_the_move_of_the_one_named_among_many_close_sentences() -> None:
    # Sentences on French exports all round outscore "Bordeaux exports fell 11.7% ..."; it is
    # still the one that moves Bordeaux's exports, not the lead's clause naming Bordeaux.
    reply = _answered("fr_wine", "Have Bordeaux exports picked up this year?")
    assert reply.text.startswith("No.") and "11.7%" in reply.text, reply.text


def test_a_comparative_answered_by_its_opposite_is_a_no() -> None:
    # "weaker than in mid-October" against "about 6% stronger than its mid-October low", not the
    # lead's "weakest level", which sets nothing against mid-October.
    article = """| 7 November 2025, Friday |

Japan confirms record yen intervention

Japan spent a record 11.24 trillion yen intervening in the currency market to support the yen over the past month, confirming that Tokyo stepped in after the currency slid to its weakest level in nearly four decades.

The yen weakened to 162.84 per dollar on October 15, its lowest since December 1986. It traded at 153.40 per dollar in Tokyo on Friday, about 6% stronger than its mid-October low.
"""
    reply = _answered(article, "is the yen still weaker than it was in mid october?")
    assert reply.text.startswith("No.") and "stronger than" in reply.text, reply.text
    reply = _answered(article, "is the yen stronger than in mid-October?")
    assert reply.text.startswith("Yes.") and "stronger than" in reply.text, reply.text


def test_dearer_or_cheaper_asks_how_the_price_moved() -> None:
    # Output fell, but "dearer" asks about the price: "Prices have gained 10.4%".
    article = """| 1 August 2025, Friday |

Chile copper output falls in June

Copper production in Chile fell 4.3% in June from a year earlier to 412,560 tonnes, the statistics institute said on Thursday.

Benchmark copper on the London Metal Exchange rose 1.2% to $9,685 a tonne on Friday. Prices have gained 10.4% since the start of the year.

In the first six months of the year, Chile produced 2.61 million tonnes of copper, down 1.1% from the same period last year.
"""
    reply = _answered(article, "Is copper dearer now than at the beginning of the year?")
    assert reply.text.startswith("Yes.") and "10.4%" in reply.text, reply.text
    reply = _answered(article, "is copper cheaper than at the start of the year?")
    assert reply.text.startswith("No.") and "10.4%" in reply.text, reply.text


def test_figures_that_do_not_move_answer_no_move() -> None:
    # The best sentence states the forecast held at a level; the next one states the move.
    article = """| 4 December 2025, Thursday |

Kauri Dairy lifts milk price forecast

Kauri Dairy on Thursday raised its farmgate milk price forecast for the season to NZ$10.20 per kg.

It kept its forecast for full-season milk collections at 1.2 billion kg of milk solids. Kauri collected 480 million kg of milk solids in the first five months of the season, up 3.1% from a year earlier.
"""
    reply = _answered(article, "is milk collection down this season?")
    assert reply.text.startswith("No.") and "3.1%" in reply.text, reply.text
    reply = _answered(article, "is milk collection up this season?")
    assert reply.text.startswith("Yes.") and "3.1%" in reply.text, reply.text


def test_a_goal_fallen_short_of_or_beaten() -> None:
    # "fell short of ... budgeted", "92% of its quota", "below the 2019 peak": set against a goal or a year's level.
    article = """| 14 October 2025, Tuesday |

Brevia airwave sale raises 900 billion crowns

Brevia's auction of mobile airwaves closed on Monday, raising 900 billion crowns, the telecoms ministry said.

The total fell short of the 1.1 trillion crowns the government had budgeted for in March.

The herring season ended with 410,000 tonnes landed, or 92% of its 445,000 tonne quota, fisheries data showed.

Employment at the country's fisheries stood at 21,300 in June, up 2.2% from a year earlier but still below the 2019 peak of 26,800.
"""
    reply = _answered(article, "Did the government hit its revenue target from the airwave sale?")
    assert reply.text.startswith("No.") and "fell short" in reply.text, reply.text
    reply = _answered(article, "Did the government miss its revenue target?")
    assert reply.text.startswith("Yes.") and "fell short" in reply.text, reply.text
    reply = _answered(article, "Did boats catch the full herring quota?")
    assert reply.text.startswith("No.") and "92%" in reply.text, reply.text
    reply = _answered(article, "Is fisheries employment back at its 2019 level?")
    assert reply.text.startswith("No.") and "below the 2019 peak" in reply.text, reply.text


def test_the_sentence_that_says_the_word_over_one_that_borrows_it() -> None:
    # "Its shareholders agreed ... new equity" takes "dividend" from the sentence before it, which
    # says no dividend will be paid.
    article = """| 3 March 2025, Monday |

Severn Water fined over leaks

Severn Water was fined 40 million pounds on Monday over leaks from its pipes.

The company, owned by a group of Canadian and Dutch pension funds, said it would not pay a dividend for the 2025/26 financial year. Its shareholders agreed last week to inject 500 million pounds of new equity.
"""
    reply = _answered(article, "are the owners getting a dividend this year")
    assert reply.text.startswith("No.") and "not pay a dividend" in reply.text, reply.text


def test_two_levels_side_by_side_compared_as_numbers() -> None:
    # "88% ..., up from 84% a year earlier", "61% ..., compared with 66% at the same point a year
    # earlier": the earlier level follows "from" or "compared with"; the figures carry no move.
    article = """| 21 April 2025, Monday |

Karoo Iron ships less ore as Chinese demand cools

Australian miner Karoo Iron shipped 12.1 million tonnes of iron ore in the March quarter, down 5.2% from a year earlier.

China took 88% of the company's shipments in the quarter, up from 84% a year earlier. China's iron ore imports fell 4.1% in the first quarter, customs data showed.

The country's wheat growers had planted 61% of the expected area by Saturday, compared with 66% at the same point a year earlier.
"""
    reply = _answered(article, "Did China buy a bigger share of the company's ore than a year ago?")
    assert reply.text.startswith("Yes.") and "88%" in reply.text, reply.text
    reply = _answered(article, "Did China take a smaller share of the shipments than a year ago?")
    assert reply.text.startswith("No.") and "84%" in reply.text, reply.text
    reply = _answered(article, "have wheat growers planted more of the area than last year?")
    assert reply.text.startswith("No.") and "66%" in reply.text, reply.text


def test_unchanged_is_no_move_either_way() -> None:
    article = """| 24 October 2025, Friday |

Rheinau Chemie cuts outlook

Rheinau Chemie cut its full-year earnings outlook on Friday, citing weak demand from carmakers.

Rheinau said it still planned to pay a dividend of 1.80 euros per share for 2025, unchanged from a year earlier.
"""
    reply = _answered(article, "is the dividend getting cut?")
    assert reply.text.startswith("No.") and "unchanged" in reply.text, reply.text


def test_than_they_were_a_year_ago_is_a_yes_no_question() -> None:
    # "than they were a year ago" restates the subject before the base; it asks no computation.
    article = """| 3 March 2025, Monday |

Cocoa farmers paid less

Farmgate prices for cocoa averaged 2.10 dollars per kg last week, compared with 2.90 dollars a year earlier, the board said.
"""
    reply = _answered(article, "Are cocoa prices higher than they were a year ago?")
    assert reply.text.startswith("No.") and "2.90" in reply.text, reply.text


def test_a_period_word_is_dated_by_the_paragraph() -> None:
    # "in the quarter" of "Revenue fell 17%": the sentence before it dates the paragraph's figures.
    article = """| 3 March 2025, Monday |

Lumora cuts jobs

Lumora AB said on Monday it would cut 300 jobs.

The company posted a fourth-quarter operating loss of 1.2 billion crowns. Revenue fell 12% from a year earlier to 2.3 billion crowns.
"""
    reply = _answered(article, "Did the company's sales grow in the quarter?")
    assert reply.text.startswith("No.") and "12%" in reply.text, reply.text


def test_a_year_asked_before_than_is_the_sentence_s_own() -> None:
    # "more copper in 2024 than the year before?": the 2024 sentence's move, not this year's
    # nine months set against a year earlier.
    article = """| 3 March 2025, Monday |

Strike at Peruvian copper mine

Workers at the Tambo copper mine in Peru extended their strike on Monday.

The mine produced 312,000 tonnes of copper in 2024, up 6.8% from the previous year. Output in the first nine months of 2025 reached 238,400 tonnes, down from 241,200 tonnes a year earlier.
"""
    reply = _answered(article, "Did Tambo produce more copper in 2024 than the year before?")
    assert reply.text.startswith("Yes.") and "6.8%" in reply.text, reply.text


def test_a_small_move_up_is_a_rise() -> None:
    # "Core inflation, which strips out ..., edged up to 4.21%": no easing, though services
    # inflation "in October" ranks above it.
    reply = _answered("mx_rates", "Did core inflation ease in October?")
    assert reply.text.startswith("No.") and "4.21%" in reply.text, reply.text


def test_the_start_of_a_season_is_when_not_what() -> None:
    # "at the start of the new season": the text gives the span ("the first two weeks of the new
    # season"), not the word "start".
    article = """| 3 March 2025, Monday |

Hazelnut prices hit record

Turkey exported 291,000 tonnes of shelled hazelnuts in the season that ended on August 31. Shipments in the first two weeks of the new season fell 44% from a year earlier to 9,800 tonnes as buyers held back.
"""
    reply = _answered(article, "did exports pick up at the start of the new season?")
    assert reply.text.startswith("No.") and "44%" in reply.text, reply.text


_COAL = """| 9 June 2025, Monday |

India's coal stocks at power plants rise as demand cools

Coal stocks at power plants stood at 41.3 million tonnes on Monday, up from 35.6 million tonnes a year earlier, the Central Electricity Authority said.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a yes/no question set against "this time last year" or "last year's" level asks yes or no,
        # not the difference
        ("are plants holding more coal than this time last year?", "Yes."),
        ("are plants holding less coal than this time last year?", "No."),
        ("Are coal stocks behind last year's level?", "No."),
    ],
)
def test_a_yes_no_question_against_last_year_is_answered_yes_or_no(question: str, expected: str) -> None:
    result = _answered(_COAL, question)
    assert result.answered and result.text.startswith(expected) and "35.6" in result.text, result.text


_FACTORY = """| 11 September 2025, Thursday |

India's Aravalli Solar opens panel factory in Gujarat

Aravalli Solar Ltd opened a 42 billion rupee solar panel factory in Gujarat on Wednesday.

Aravalli, which listed on the National Stock Exchange last year, reported a 34% jump in revenue to 61 billion rupees for the fiscal year that ended in March. Its shares rose 4.2% on Wednesday, outperforming a broadly flat market.
"""


def test_a_when_clause_says_when_the_move_asked_happened_and_its_opens_on_the_one_asked() -> None:
    # "when the plant opened" is no "when" question, nor words the sentence of the move must
    # repeat; "Its shares" are Aravalli's, named in the sentence before
    result = _answered(_FACTORY, "Did Aravalli's stock go up when the plant opened?")
    assert result.answered and result.text.startswith("Yes.") and "4.2%" in result.text, result.text
    # "did they say when" still asks when
    when = _answered(_FACTORY, "did aravalli say when the plant opened?")
    assert when.intent == "when" and "Wednesday" in when.text, when.text


_BID = """| 21 October 2025, Tuesday |

Italy's Banca Valpadana bids for rival Credito Tirrenico

Banca Valpadana launched a 4.8 billion euro takeover offer for smaller rival Credito Tirrenico on Monday.

Credito Tirrenico shares jumped 14.2% to 9.38 euros in Milan on Monday, while Valpadana's stock fell 3.1%.

Its biggest shareholder, the Fondazione Cassa dei Tirreni, which holds 11.5% of the bank, said it would assess the proposal.
"""


def test_own_after_whose_it_is_is_no_word_to_find() -> None:
    # "Valpadana's own stock" is its stock: no shareholder that owns 11.5% of the bank
    result = _answered(_BID, "Did Valpadana's own stock go up on the news?")
    assert result.answered and result.text.startswith("No.") and "3.1%" in result.text, result.text


_BANXICO = """| 14 November 2025, Friday |

Mexico's central bank trims rate to 7% but signals slower easing

Mexico's central bank cut its benchmark interest rate by 25 basis points to 7.00% on Thursday, but signalled it would slow the pace of easing because a weakening economy has yet to cool services prices.

Gross domestic product shrank 0.3% in the July-September quarter from the previous three months, according to a preliminary estimate.
"""

_RESERVES = """| 5 November 2025, Wednesday |

Japan spent record 9.8 trillion yen on yen-buying intervention

Japan's foreign exchange reserves, the world's second-largest after China's, stood at $1.184 trillion at the end of September, down 3.8% from a year earlier. October figures are expected to show a drop of as much as $60 billion because the ministry funds intervention by selling dollar deposits and U.S. Treasury bills held in the reserves.
"""


def test_the_story_home_place_moves_what_a_sentence_naming_no_place_moves_with_its_figure() -> None:
    # a story whose headline opens on Mexico: its GDP, though the sentence names no Mexico
    result = _answered(_BANXICO, "is mexico's economy still expanding")
    assert result.answered and result.text.startswith("No.") and "shrank 0.3%" in result.text, result.text
    # a bare "held in the reserves" is no move of Japan's reserves
    result = _answered(_RESERVES, "Have Japan's reserves shrunk compared with a year ago?")
    assert "3.8%" in result.text, result.text


_TURBINES = """| 5 November 2025, Wednesday |

Danish turbine maker Havborg Wind to cut 1,400 jobs, lowers outlook

Danish wind turbine maker Havborg Wind said on Wednesday it would cut about 1,400 jobs and lowered its full-year outlook after third-quarter order intake fell 23% as offshore projects in the United States were delayed.

Quarterly revenue rose 4.8% to 14.6 billion Danish crowns, but earnings before interest and tax swung to a loss of 310 million crowns from a profit of 485 million crowns a year earlier.

Havborg shares fell 11.4% to 92.30 crowns by 1030 GMT.
"""


def test_a_fall_is_no_opposite_of_profitable_and_the_quarter_of_a_span_is_the_span() -> None:
    # "order intake fell 23%" says nothing of a loss; "the july-sept quarter" is "Quarterly"
    result = _answered(_TURBINES, "was havborg profitable in the july-sept quarter?")
    assert result.answered and result.text.startswith("No.") and "loss of 310 million" in result.text, result.text


_EXCHEQUER = """| 4 November 2025, Tuesday |

Ireland's corporate tax receipts jump 38% in October

Ireland's corporate tax receipts jumped 38.2% year-on-year to 7.46 billion euros in October, Department of Finance data showed on Tuesday.

The exchequer recorded a surplus of 12.38 billion euros in the first 10 months, and Ireland has run a budget surplus every year since 2022.
"""


def test_a_surplus_stated_is_no_to_a_deficit_asked() -> None:
    result = _answered(_EXCHEQUER, "Is Ireland running a budget deficit?")
    assert result.answered and result.text.startswith("No.") and "surplus" in result.text, result.text


_RAINS = """| 13 August 2025, Wednesday |

India's monsoon rains run 11% below average

Fifteen of the country's 36 subdivisions have received deficient rain, including Bihar and Odisha, while Punjab and Haryana have had surplus showers.
"""


@pytest.mark.parametrize(("question", "expected"), [("Is Punjab facing a rain deficit too?", "No."),
                                                    ("Did Odisha have a rain deficit?", "Yes.")])
def test_the_word_or_its_opposite_nearest_the_one_asked_is_theirs(question: str, expected: str) -> None:
    result = _answered(_RAINS, question)
    assert result.answered and result.text.startswith(expected), result.text


_DAMS = """| 3 March 2025, Monday |

Drought cuts sugar crop

The country's large reservoirs held 41% of their capacity on Monday, compared with 57% a year earlier, the irrigation department said.

Mills crushed 78.4 million tonnes of cane this season.
"""


def test_fuller_than_a_year_ago_is_the_share_of_capacity_compared() -> None:
    # dams are reservoirs; "fuller" is "of their capacity", and 41% against 57% is less full.
    reply = _answered(_DAMS, "are the dams fuller than they were a year ago?")
    assert reply.text.startswith("No.") and "41%" in reply.text, reply.text
