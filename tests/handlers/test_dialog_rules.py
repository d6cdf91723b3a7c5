"""Follow-ups ("and in June?", "and the German company?") and where questions."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_SHOPS = """| 5 March 2025, Wednesday |

Harwick posts weaker holiday sales

Harwick Stores Inc said on Wednesday its net sales fell to $4.1 billion in the fourth quarter from $4.3 billion a year earlier.

Comparable sales declined 2.7%, an improvement from a 3.6% drop in the third quarter.
"""


def test_a_followup_asks_like_for_like_through_the_words_it_carries() -> None:
    expect(dialog(_SHOPS, "How much did comparable sales drop in the holiday quarter?", "and in the third quarter?"), "3.6%")


_AIRLINE = """| 6 November 2025, Thursday |

Lusa Air swings to quarterly profit

Lusa Air said on Thursday it swung to a net profit in the third quarter as strong summer demand outweighed higher wage costs.

Net profit for July to September was 212 million euros, compared with a loss of 25 million euros a year earlier.

Analysts had on average expected a net profit of 190 million euros for the quarter, according to a company-compiled consensus.
"""


def test_actually_asks_the_outcome_after_the_forecast() -> None:
    expect(dialog(_AIRLINE, "What did analysts expect Lusa Air to earn?", "And what did it actually earn?"), "212 million")


def test_a_leading_and_still_asks_a_value() -> None:
    result = dialog(_AIRLINE, "Who flies Lusa Air?", "And what was Lusa Air's net profit for the quarter?")
    assert result.answered and result.intent == "figure", (result.intent, result.text)


_ROASTER = """| 13 October 2025, Monday |

Coffee roasters raise prices

Lakeside Roasting Co said on Monday it would raise prices of its packaged coffee by 12% from November 1. "We have absorbed as much of the cost as we can," the Chicago-based company said.

Harbour Beans Ltd, which roasts in Seattle, said its prices were unchanged, the Oregon-based group said.
"""


def test_what_city_a_body_is_in_asks_its_home() -> None:
    result = answered(_ROASTER, "What city is Harbour Beans in?")
    assert result.answered and result.text.startswith("Oregon"), result.text


def test_the_body_called_by_its_kind_a_sentence_later() -> None:
    result = answered(_ROASTER, "Where is Lakeside Roasting?")
    assert result.answered and result.text.startswith("Chicago"), result.text


_TWO_ROASTERS = """| 13 October 2025, Monday |

Coffee roasters raise prices

Lakeside Roasting Co said on Monday it would raise prices of its packaged coffee by 12% from November 1. Rival Harbour Beans Ltd kept its prices. "We have absorbed the cost," the Chicago-based company said.
"""


def test_another_body_named_between_takes_the_description() -> None:
    result = answered(_TWO_ROASTERS, "What city is Lakeside Roasting in?")
    assert not result.text.startswith("Chicago"), result.text


_FURNACE = """| 3 June 2025, Tuesday |

South Africa imposes steel tariffs

Karoo Steel Works welcomed the decision and said it would restart a blast furnace at its Ladysmith plant, rehiring 600 workers.
"""


def test_a_name_in_a_plants_frame_is_a_place() -> None:
    result = answered(_FURNACE, "Where is the blast furnace Karoo is restarting?")
    assert result.answered and result.text.startswith("Ladysmith"), result.text


_MINER = """| 25 August 2025, Monday |

Miner trims next year's plan

Orvane Mining said on Friday it would cut its production plan for next year by 12%.

Its output in the first half of 2025 rose 6.5% from a year earlier to 11,715 tonnes.

Orvane has cut its output targets every year since 2022 because of delays at new deposits.
"""


def test_a_period_between_the_thing_and_its_move_adds_no_distance() -> None:
    result = answered(_MINER, "Did production go up in the first half?")
    assert result.answered and result.text.startswith("Yes") and "6.5%" in result.text, result.text


_COCOA = """| 2 June 2025, Monday |

Cocoa exports climb

The regulator raised the farmgate price by 24% to a record in April. The increase was due to high world prices, the regulator said.

Funds were at a record low in May as banks tightened credit.

Comoe Agro said it shipped 62,000 tonnes in April and May, up from 55,000 tonnes a year earlier, due to stronger demand from Malaysian grinders.

"The new warehouse gives us room to store beans, because buyers will not sign contracts without steady supply," chief executive Aya Kone said.
"""


def test_why_the_move_asks_the_reason_of_the_last_answer() -> None:
    expect(dialog(_COCOA, "How much did Comoe Agro ship in April and May?", "why the increase?"), "Malaysian")


def test_why_so_much_asks_the_reason_of_the_last_answer() -> None:
    expect(dialog(_COCOA, "How much did Comoe Agro ship in April and May?", "why so low?"), "Malaysian")


def test_why_does_that_matter_asks_the_reason_of_the_last_answer() -> None:
    expect(dialog(_COCOA, "What did the chief executive say the warehouse gives them?", "why does that matter?"), "steady supply")


_TAIWAN = """| 14 October 2025, Tuesday |

Taiwan's exports climb

Shipments to the United States surged 48.9% to $14.21 billion, overtaking exports to China and Hong Kong, which rose 9.6% to $13.07 billion.

The ministry expects total exports to grow between 18% and 22% in October from a year earlier.
"""


def test_a_move_in_a_which_clause_moves_the_thing_named_before_it() -> None:
    # Two rules: "overtaking" opens a clause (no kind of exports), and China names the exports in
    # their own clause, before the move's.
    result = answered(_TAIWAN, "Did Taiwan's exports to China drop?")
    assert result.answered and result.text.startswith("No") and "9.6%" in result.text, result.text


_POTASH = """| 12 November 2025, Wednesday |

Potash prices jump after rail strike

Global potash prices have jumped on the disruption. Granular potash delivered to Brazil, the world's largest importer, rose to $372 a tonne this week from $351 last week. Standard-grade prices in Southeast Asia climbed 4.8% to $348 a tonne.
"""


def test_and_in_another_place_does_not_quote_the_last_places_sentence_again() -> None:
    expect(dialog(_POTASH, "What's granular potash going for in Brazil right now?", "and in southeast asia?"), "$348")


_SOLAR = """| 11 September 2025, Thursday |

Aravalli Solar opens $480 million panel factory in Gujarat as Delhi curbs Chinese imports

India levies a 40% basic customs duty on imported solar modules, a measure introduced in April 2022 largely to shield local makers from cheaper Chinese panels. Imports of solar modules from China fell to $1.9 billion last year from $3.4 billion in 2023, according to trade ministry data.
"""


def test_a_comparative_before_a_noun_describes_it_and_moves_nothing() -> None:
    result = answered(_SOLAR, "Are panel imports from China still growing?")
    assert result.answered and result.text.startswith("No") and "$1.9 billion" in result.text, result.text


_DAIRY = """| 12 November 2025, Wednesday |

Dairy exports to China climb

China, New Zealand's biggest dairy customer, bought NZ$3.5 billion (US$2.03 billion) of dairy products in the third quarter, up 14.5% from a year earlier, Statistics New Zealand data showed last month.

Dairy is New Zealand's largest goods export, worth about NZ$26 billion a year.
"""


def test_buying_more_asks_whether_the_amount_bought_rose() -> None:
    # "more" is the rise the sentence states as "up 14.5%", shown with the answer.
    result = answered(_DAIRY, "Did China buy more NZ dairy in Q3?")
    assert result.answered and result.text.startswith("Yes") and "14.5%" in result.text, result.text


_PHARMA = """| 14 October 2025, Tuesday |

Swiss drugmaker to cut 1,850 jobs

Helvara Pharma AG said on Tuesday it would cut 1,850 jobs and close a tablet plant in Germany.

Chief executive Anna Brunner said Helvara would keep its dividend unchanged at 2.80 francs per share for 2025.
"""


def test_cutting_is_the_verb_cut_a_fall_asked_of_the_thing() -> None:
    # simplemma reads "cutting" as a noun: no fall, so nothing was asked to move.
    result = answered(_PHARMA, "Are they cutting the dividend?")
    assert result.answered and result.text.startswith("No") and "unchanged" in result.text, result.text


_DELIVERIES = """| 2 October 2025, Thursday |

Corvana's third-quarter EV deliveries miss forecasts as China sales slide

Corvana delivered 86,480 vehicles in the third quarter, below the 91,000 analysts had expected.

Deliveries in Europe rose 45% to 52,770 vehicles. In China, however, deliveries fell 4.1% to 19,860.
"""


def test_a_headline_move_is_shown_with_the_body_s_figure_for_the_place_it_names() -> None:
    result = answered(_DELIVERIES, "are corvana's sales in china growing?")
    assert result.answered and result.text.startswith("No") and "4.1%" in result.text, result.text


_FLATS = """| 3 March 2025, Monday |

Auckland apartment prices climb

Apartment prices in central Auckland rose 1.2% in the quarter, while prices in the city's suburban districts gained 2.7%, the council said on Monday.

Rents were flat.
"""


def test_the_suburbs_asked_are_the_suburban_ones_the_article_names() -> None:
    expect(dialog(_FLATS, "How much did apartment prices rise in central Auckland?", "and in the suburbs?"), "2.7%")


_YARDS = """| 14 October 2025, Tuesday |

Korean shipyards win more orders

South Korean shipbuilders won orders for 8.4 million tonnes of new vessels in the first nine months, up 18.6% from a year earlier, the ministry said on Tuesday.

China's share of global orders fell to 51% from 63% a year earlier, while South Korea's share rose to 29% from 21%.
"""


def test_a_followup_asks_again_for_the_measure_the_last_question_only_preferred() -> None:
    expect(dialog(_YARDS, "What share of global orders went to China this year?", "and korea?"), "29%")


_GOLD = """| 22 October 2025, Wednesday |

Gold demand cools after festival peak

Domestic gold prices hit a record 128,450 rupees per 10 grams on October 17, the eve of the Dhanteras festival, before easing to 121,700 rupees on Tuesday.

Jewellers said footfall was up nearly 25% during Dhanteras.
"""


def test_what_is_it_now_asks_the_figure_just_given_at_another_time() -> None:
    expect(dialog(_GOLD, "What was the record price for 10 grams of gold?", "and what is it now?"), "121,700")


_PAYOUT = """| 11 November 2025, Tuesday |

Harlow Energy profit falls as oil prices slide

Harlow Energy said on Monday its third-quarter net profit fell 18.4% from a year earlier to 2.3 billion pounds.

The Treasury also wants the company to pay out 70% of its 2025 profit as dividends, up from 60% last year, a proposal shareholders will vote on at the annual meeting in March.

Harlow Energy's shares fell 2.7% on Monday.
"""


def test_that_in_a_followup_is_the_last_answer_with_all_it_named() -> None:
    expect(dialog(_PAYOUT, "What payout does the Treasury want from Harlow Energy?", "when do shareholders vote on that?"), "March")


_LITHIUM = """| 5 November 2025, Wednesday |

Chilean lithium miner keeps sales guidance

Chilean lithium producer Litio Altiplano SA said on Tuesday its third-quarter sales volumes rose 8% from a year earlier.

In May, state miner Empresa Nacional de Mineria (ENAMI) formed a joint venture with Litio Altiplano to develop the Salar de Piedra Blanca, a salt flat in the Atacama region.

Litio Altiplano will build a direct lithium extraction plant at the site, which is due to produce 40,000 tonnes a year from 2030.
"""


def test_it_is_the_one_the_answer_names_by_its_short_name_not_the_one_asked() -> None:
    expect(dialog(_LITHIUM, "Which salt flat is the ENAMI joint venture going to develop?", "how much will it produce?"), "40,000")


_REGULATOR = """| 12 November 2025, Wednesday |

SkyLaju orders 60 Airbus jets

Malaysian budget carrier SkyLaju Airways on Tuesday ordered up to 60 Airbus A321neo jets.

The Civil Aviation Authority of Malaysia last month ordered SkyLaju to submit a recovery plan after its on-time performance fell to 61% in September, due to crew shortages and engine groundings.
"""


def test_why_the_answer_is_the_reason_next_to_it_not_the_reason_for_that_reason() -> None:
    expect(dialog(_REGULATOR, "What did the regulator order SkyLaju to do?", "why?"), "on-time performance fell")


_TWO_BASES = """| 3 March 2025, Monday |

Bread prices ease

White bread sold for an average of 2.40 euros a loaf in Lisbon last week, down from 2.55 euros in January and 2.70 euros a year earlier, the ministry said.
"""


def test_a_year_earlier_is_the_second_of_two_bases_one_from_opens() -> None:
    expect(dialog(_TWO_BASES, "how much is white bread in lisbon?", "and a year earlier?"), "2.70 euros")


_PRICES = """| 3 March 2025, Monday |

Ruritania inflation eases in February

Headline inflation in Ruritania eased to 3.1% in February from 3.4% in January, the statistics office said on Monday.

Core inflation edged up to 2.8% from 2.7%, staying above the central bank's 2% target.

Food prices fell sharply, pulling non-core inflation down to 3.9% from 4.6% in January.
"""


def test_and_in_the_month_before_asks_the_level_the_figure_moved_from() -> None:
    expect(dialog(_PRICES, "What was core inflation in February?", "and in January?"), "2.7%")


def test_a_non_measure_is_not_the_measure_it_names() -> None:
    result = answered(_PRICES, "What was core inflation in January?")
    assert "4.6%" not in result.text, result.text


_EXPORTS = """| 3 November 2025, Monday |

Ruritania exports climb

Ruritania's exports rose to $5.2 billion in the third quarter from $4.4 billion a year earlier, the statistics office said on Monday.

Imports fell 2%.
"""


def test_the_level_moved_from_a_year_earlier_answers_the_same_period_last_year_only() -> None:
    first = "How much did Ruritania export in the third quarter?"
    expect(dialog(_EXPORTS, first, "and in the third quarter of last year?"), "$4.4 billion")
    expect(dialog(_EXPORTS, first, "and in the second quarter?"), None)


_LISTINGS = """| 3 March 2025, Monday |

Kestrel Mining shares slide after output cut

Kestrel Mining cut its copper output forecast for the year by 8% on Friday, citing a shortage of water in Chile, sending its shares tumbling in Toronto on Monday.

The company's London-listed shares fell 6.1% to 412 pence on Monday, their steepest fall since 2020, while its stock on the Toronto Stock Exchange lost 4.3%.
"""


def test_and_in_another_place_is_not_the_figure_of_the_place_asked_before() -> None:
    expect(dialog(_LISTINGS, "How much did Kestrel shares fall in London?", "and in Toronto?"), "4.3%")


_REMITTANCES = """| 4 November 2025, Tuesday |

Ruritania remittances hit record in third quarter

Money sent home by Ruritanians working abroad rose 6.8% in the third quarter to a record $17.4 billion, the central bank said on Monday.

In September alone, remittances jumped 9.6% from a year earlier to $5.94 billion.

Measured in local currency, third-quarter remittances rose just 1.8% to 322 billion lev, because the lev averaged 18.51 per dollar in the period compared with 19.41 a year earlier.

Remittances are the country's second-largest source of foreign currency after manufacturing exports.

Economists expect remittances to grow 4.5% for the full year to a record of around $67 billion.

Ivan Petrov, an economist at Bank Ribera, said part of the September jump was precautionary, as migrants rushed to send savings home before a 1% tax on transfers takes effect in January.
"""


def test_a_bare_why_prefers_the_reason_for_the_period_just_asked() -> None:
    expect(dialog(_REMITTANCES, "How much did remittances rise in September?", "why?"), "tax")


_CUT = """| 2 December 2024, Monday |

OPEC+ agrees to cut output from January

OPEC+ agreed on Sunday to reduce its combined crude oil output by a further 500,000 barrels per day from January.

Saudi Energy Minister Prince Abdulaziz bin Salman said the group was acting early to prevent a build-up of oil inventories. "We are cutting because demand growth in the first half of next year looks weaker than we expected," he told reporters in Riyadh.
"""


def test_the_reason_right_after_the_words_asked_answers_why() -> None:
    expect(dialog(_CUT, "Who is the Saudi energy minister?", "Why did he say they're cutting?"), "demand")


_SHIPMENTS = """| 3 November 2025, Monday |

Car shipments hit a record

Carmakers shipped 412,600 cars to dealers in October, up 11.4% from a year earlier, an industry body said on Monday.

Sales of electric cars rose 40% to 18,200 in October.
"""


def test_a_follow_up_with_nothing_before_it_asks_for_the_whole_question() -> None:
    # "and a year ago?" opening a chat names no figure: any year-earlier figure would be a guess.
    reply = answered(_SHIPMENTS, "and a year ago?")
    assert not reply.answered and "whole question" in reply.text


def test_a_follow_up_asks_again_the_question_the_article_did_not_answer() -> None:
    # September's electric car sales are not given; "and in October?" is the same question for
    # October, not the story's lead figure for October.
    expect(dialog(_SHIPMENTS, "how many electric cars were sold in september?", "and in october?"), "18,200")
