"""Derived answers: arithmetic on stated figures, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_STEEL = """| 3 March 2025, Monday |

Steelmaker's earnings slump as imports flood Europe

Halden Stahl said on Monday that its earnings before interest, taxes, depreciation and amortisation (EBITDA) fell 38% in the third quarter to 186 million euros.

The company plans to cut 1,200 jobs at its plants in Duisburg and Bremen.
"""


def test_a_period_adjective_is_the_time_asked_not_a_word_to_find() -> None:
    # "quarterly" is the quarter the question dates; the sentence gives it as "the third quarter"
    expect(answered(_STEEL, "What was Halden's quarterly EBITDA in the same quarter last year?"), "300")


_COAL = """| 3 March 2025, Monday |

Indonesia's coal output slips as Chinese demand cools

State-owned miner PT Bara Nusa said on Monday its monthly coal output rose 9.1% to 3.17 million tonnes.

Coal output in Indonesia slipped to 66.2 million tonnes last month, down from 70.5 million tonnes in February 2024, the ministry said.
"""


def test_the_change_from_a_year_ago_is_read_from_the_sentence_that_states_both_levels() -> None:
    # the best sentence states a rate and one level, no pair; the next states both levels
    expect(answered(_COAL, "by how many tonnes did monthly output fall compared with a year ago"), "4.3")


_OUTLOOK = """| 3 March 2025, Monday |

Kasumi Motor cuts profit forecast as tariffs bite

Kasumi Motor Corp on Monday cut its full-year operating profit forecast to 820 billion yen from 1 trillion yen, as U.S. tariffs squeezed earnings.

Operating profit for the quarter fell 27.4% to 186.3 billion yen, below the 214 billion yen average estimate of 12 analysts.
"""


def test_a_new_forecast_against_the_old_one_is_the_revision_not_a_miss() -> None:
    # a forecast compared with a forecast: not the quarter's outcome against analysts' estimate
    result = answered(_OUTLOOK, "How much lower is the new full-year profit forecast than the old one?")
    assert result.answered and "180" in result.text and "186.3" not in result.text, result.text


_DOCKS = """| 3 March 2025, Monday |

Rotterdam dockworkers strike over pay

Hundreds of dockworkers at Rotterdam began a 48-hour strike on Monday over pay and pensions.

The FNV Havens union is demanding a pay rise of 7.5% over two years, while employers have offered 4.2%.

The employers' group said the union's demands would add 80 million euros to labour costs. It is the second walkout this year, after a strike in June that the employers estimated cost 30 million euros.

The union said it would stage a further 72-hour strike if employers did not make a better offer.
"""


def test_how_far_apart_two_owned_things_are_compares_what_is_owned() -> None:
    # the sides of "and" are the demand and the offer, not the union and the demand, nor the
    # employers' costs; "over two years" and "72-hour" are durations, no amounts to compare
    expect(answered(_DOCKS, "How far apart are the union's demand and the employers' offer?"), "3.3")


_COPPER_CATHODE = """| 3 March 2025, Monday |

Chilean copper premiums slide as Chinese buyers hold off

Premiums for copper cathode with 99.99% purity fell to $89 per tonne last week from $140 in November, traders said.

The central bank said gross reserves rose to $46.2 billion at the end of February from $43.9 billion at the end of December.
"""


def test_a_move_since_a_month_is_between_the_levels_stated_for_then_and_now() -> None:
    # "with 99.99% purity" is no rate of the fall: the premium left in November is stated
    expect(answered(_COPPER_CATHODE, "by how much have cathode premiums fallen since November"), "51")


def test_the_end_of_last_year_is_the_end_of_december() -> None:
    expect(answered(_COPPER_CATHODE, "how much have gross reserves grown since the end of last year"), "2.3")


_HIRING = """| 3 March 2025, Monday |

Baltic shipyard hires as naval orders pile up

Gdansk-based Stocznia Polnoc said on Monday it had hired 1,400 workers so far this year, bringing its total payroll to 9,600 from 8,700 a year earlier.
"""


def test_a_bare_number_reached_counts_what_the_level_it_left_counts() -> None:
    # "to 9,600 from 8,700": the workers hired this year are no level of the payroll
    result = answered(_HIRING, "how many more workers does Stocznia Polnoc employ than a year earlier")
    assert result.answered and "900" in result.text and "1,400" not in result.text, result.text


_LAYOFFS = """| 3 March 2025, Monday |

Kestrel Software to cut jobs as cloud sales slow

Kestrel Software said on Monday it would cut about 900 jobs, or roughly 6% of its workforce, mainly in sales and marketing.
"""


def test_a_whole_the_article_does_not_count_is_the_part_over_its_share() -> None:
    expect(answered(_LAYOFFS, "Roughly how many people does Kestrel Software employ?"), "15,000")
    # the move asked is the part itself
    result = answered(_LAYOFFS, "How many jobs will Kestrel Software cut?")
    assert result.answered and "900" in result.text and "15,000" not in result.text, result.text


_SOLAR_RECORD = """| 3 March 2025, Monday |

Chile's solar output hits record

Chile's solar power output rose to a record 9.2 gigawatts (GW) on Sunday, grid operator Coordinador Electrico said on Monday. That beat the previous high of 8.8 GW set in January and was 15% above solar output on the same day a year earlier.
"""


def test_a_rate_of_that_is_of_the_level_the_sentence_before_reached() -> None:
    # "That ... was 15% above": 9.2 GW worked back (8), not the 8.8 GW high it beat (7.65)
    result = answered(_SOLAR_RECORD, "What was solar output on the same day last year?")
    assert result.answered and "9.2 gigawatts ÷ 1.15" in result.text and "7.65" not in result.text, result.text


_PORT_CARGO = """| 3 March 2025, Monday |

Valencia port cargo slips in first half

Cargo throughput at the Port of Valencia, Spain's busiest seaport, fell 3.0% in the first half of 2025 to 40.2 million tonnes, the port authority said on Monday, as a slump in coal imports offset growth elsewhere.

Throughput of liquefied natural gas (LNG) climbed 12.5% to 1.8 million tonnes, a record for the period.
"""


def test_a_sentence_naming_all_that_was_asked_is_worked_back_first() -> None:
    # the port's cargo (40.2 ÷ 0.97), not the LNG its sentence names alone (1.8 ÷ 1.125 = 1.6)
    expect(answered(_PORT_CARGO, "What was the port's total throughput in the same period last year?"), "41.44")


_STORE_OPENINGS = """| 3 March 2025, Monday |

Maison Ravel to speed up store openings

Maison Ravel opened 17 stores in the first half of the year, taking its network to 420 boutiques, the French jeweller said on Monday.

It plans 31 openings next year, mostly in China and the Middle East.
"""


def test_how_many_more_at_one_time_than_another_is_between_two_sentences_counts() -> None:
    result = answered(_STORE_OPENINGS, "how many more stores is it opening next year than it opened so far this year?")
    assert result.answered and "14" in result.text and "31 − 17" in result.text, result.text


_RIVAL_OPENINGS = """| 3 March 2025, Monday |

French jewellers speed up store openings

Maison Ravel opened 17 stores in the first half of the year, taking its network to 420 boutiques, the French jeweller said on Monday.

Rival jeweller Bijoux Lune plans 31 openings next year, mostly in China and the Middle East.
"""


def test_two_bodies_amounts_at_two_times_are_not_compared() -> None:
    result = answered(_RIVAL_OPENINGS, "how many more stores is Maison Ravel opening next year than it opened so far this year?")
    assert "14" not in result.text, result.text


_COST_GOAL = """| 3 March 2025, Monday |

Nordvik Telecom to cut 900 jobs

Nordvik Telecom said on Monday it would cut 900 jobs as the Norwegian operator seeks to save 1.2 billion crowns a year by 2027.

The company expects restructuring charges of about 700 million crowns, mostly next year.

The new savings goal replaces a target of 800 million crowns a year set in 2023.
"""


def test_a_replaced_aim_is_set_against_the_aim_stated_elsewhere() -> None:
    # the new aim a year, not the one-off charges
    expect(answered(_COST_GOAL, "how much bigger is the new savings target than the old one"), "0.40 billion crowns")


_TERMINAL_EXPANSION = """| 3 March 2025, Monday |

Santos container terminal to expand

Brasil Terminais said on Monday its 2.1 billion reais expansion of the Santos terminal would add three berths with a combined capacity of 1.4 million TEU a year, lifting the terminal's total capacity to 3.9 million TEU a year by 2028.
"""


def test_the_level_before_an_addition_is_the_level_it_lifts_to_less_the_addition() -> None:
    result = answered(_TERMINAL_EXPANSION, "how much capacity does the terminal have before the new berths are added?")
    assert result.answered and "2.5" in result.text and "3.9 million TEU a year − 1.4" in result.text, result.text


_CRUDE_PRICE = """| 3 March 2025, Monday |

Andina Petroleo's profit falls as crude prices slide

Andina Petroleo said on Monday its quarterly profit fell 12% to 1.9 trillion pesos.

The average price the company received for its crude dropped to $61.20 a barrel from $73.50 a year earlier.
"""


def test_a_comparative_some_words_after_how_many_asks_the_change_between_levels() -> None:
    # "how many dollars a barrel lower": the change, not the year-earlier price
    expect(answered(_CRUDE_PRICE, "how many dollars a barrel lower was the price they got compared to a year ago"), "12.30")


_PROFIT_FROM_TO = """| 3 March 2025, Monday |

Sahel Mining's earnings climb

Sahel Mining said on Monday its EBITDA climbed 21% to 42.5 billion francs, while net profit rose to 16.2 billion francs from 12.8 billion francs a year earlier.
"""


def test_more_of_a_measure_than_a_year_ago_is_the_change_between_its_levels() -> None:
    # net profit's own levels, not EBITDA's level against net profit's earlier one
    expect(answered(_PROFIT_FROM_TO, "how much more net profit did they make than a year ago"), "3.4 billion francs")


_NINE_MONTHS = """| 3 March 2025, Monday |

Kasbah Fertilizers lifts revenue

Kasbah Fertilizers said on Monday its revenue rose 18.4% in the first nine months of the year to 78.6 billion dirhams.
"""


def test_a_level_worked_back_is_told_as_precisely_as_the_level_stated() -> None:
    # 78.6 ÷ 1.184 = 66.385: "about 66.4 billion", the working to the cent
    result = answered(_NINE_MONTHS, "What was the revenue in the same nine months last year?")
    assert "About 66.4 billion dirhams" in result.text and "= 66.39 billion dirhams" in result.text, result.text


_FINE_AFTER_NAME = """| 3 March 2025, Monday |

Regulator fines Severn Water

Britain's water regulator fined Severn Water 84.5 million pounds ($112.4 million) on Tuesday for sewage spills.
"""


def test_an_amount_right_after_a_name_is_still_an_amount() -> None:
    # "Severn Water 84.5 million pounds" is the fine, not a model number of the name
    expect(answered(_FINE_AFTER_NAME, "What dollar-per-pound exchange rate does the fine imply?"), "1.33")


_AUCTION = """| 3 March 2025, Monday |

Egypt's spectrum auction raises 90 billion pounds

Volta Mobile Networks, the largest operator by subscribers, was the biggest bidder, committing 48 billion pounds, mostly for airwaves in the 3500 MHz band. Karnak Telecom bid 31 billion pounds and Delta Wireless 11 billion pounds, the regulator said.

Karnak Telecom bought 3500 MHz airwaves in 12 regions and said it plans to switch on 5G service in 400 more towns next year.
"""


def test_each_names_amount_is_of_one_kind_with_the_others() -> None:
    # Karnak's 31 billion pounds, not the 3500 MHz of a sentence that names it higher up
    expect(answered(_AUCTION, "how much more did Volta spend than Karnak"), "17 billion pounds")


def test_a_word_english_has_only_as_a_name_is_a_name_in_lower_case() -> None:
    # "volta": the dictionary has it only as "Volta"
    expect(answered(_AUCTION, "how much more did volta spend than karnak"), "17 billion pounds")


def test_a_short_name_that_begins_the_full_one_is_the_same_body() -> None:
    # "Volta Mobile's revenue per user" opening a sentence makes "Volta Mobile" a short name of
    # Volta Mobile Networks: "volta" still begins one body, not two
    article = _AUCTION.replace("next year.\n", "next year.\n\nVolta Mobile's average revenue per user rose 9% to 210 pounds.\n")
    expect(answered(article, "how much more did volta spend than karnak"), "17 billion pounds")



_HOME_INDEX = """| 3 March 2025, Monday |

Seoul home prices rise

The city's private residential price index climbed to 152.3 points, up 4% from a year earlier.
"""


def test_a_price_index_a_year_before_is_worked_back_in_points() -> None:
    # a price index is a level in points, no price; 152.3 ÷ 1.04 = 146.44, told in tenths as stated
    expect(answered(_HOME_INDEX, "What was the private home price index a year before?"), "146.4")


_SALES_UP_FROM = """| 3 March 2025, Monday |

Brewer's sales climb

The brewer said on Monday that sales reached 12.5 billion euros in 2024.

Sales were worth 12.5 billion euros, up from 10.2 billion euros a year earlier, the company said.
"""


def test_by_how_many_euros_against_last_year_is_the_change_between_levels() -> None:
    # "compared with last year" is the year before, as "from a year earlier" is
    expect(answered(_SALES_UP_FROM, "by how many euros did sales rise compared with last year"), "2.3 billion euros")


_WOOL_PRICES = """| 3 March 2025, Monday |

Wool exports rise

Shipments to India rose 5% to 14,000 tonnes, while sales to Japan fell 3% to 9,000 tonnes.

The average export price rose to $7,200 per tonne in February, while wool sold to Japan fetched an average of $9,150 a tonne, compared with $6,400 for cargoes bound for India.
"""


def test_a_name_after_its_amount_has_the_nearest_amount_before_it() -> None:
    # India's $6,400, not the sentence's first price ($7,200)
    expect(answered(_WOOL_PRICES, "how much more per tonne does japan pay than india"), "2,750")


_RIVER_AUCTION = """| 3 March 2025, Monday |

Egypt's spectrum auction raises 90 billion pounds

Rhine Mobile Networks, the largest operator by subscribers, was the biggest bidder, committing 48 billion pounds, mostly for airwaves in the 3500 MHz band.

"We went big on mid-band spectrum," Rhine Mobile Chief Executive Dina Fahmy said.

Karnak Telecom bid 31 billion pounds and Delta Wireless 11 billion pounds, the regulator said.
"""


def test_a_name_word_that_starts_one_bodys_nested_names_is_that_body() -> None:
    # "rhine" begins both "Rhine Mobile Networks" and "Rhine Mobile", one body's names
    expect(answered(_RIVER_AUCTION, "how much more did rhine spend than karnak"), "17 billion pounds")


_SOLAR_ROUND = """| 3 March 2025, Monday |

Spain awards record solar capacity

Spain awarded contracts for a record 6.2 gigawatts (GW) of new solar capacity in its latest renewable power auction on Tuesday, the energy ministry said.

The capacity secured in the round compares with 3.9 GW a year earlier, the ministry said.
"""


def test_more_than_the_year_before_sets_the_level_against_an_earlier_one_stated_apart() -> None:
    # 6.2 GW now, and "compares with 3.9 GW a year earlier" in the next sentence; "more capacity"
    # is more of it, no kind of capacity that "solar capacity" is not
    expect(answered(_SOLAR_ROUND, "How much more capacity was awarded than the year before?"), "2.30 gigawatts")


_TAX_TAKE = """| 3 April 2025, Thursday |

Norway's oil tax take jumps 21% as gas prices stay high

Norway's petroleum tax receipts rose 21.3% year-on-year to 64.2 billion crowns in March, the finance ministry said on Thursday.

The ministry kept its full-year forecast unchanged.
"""


def test_a_headlines_rate_with_no_level_is_the_leads_worked_back() -> None:
    # the headline's "tax take jumps 21%" is the lead's 21.3% rise to 64.2 billion: 64.2 ÷ 1.213
    expect(answered(_TAX_TAKE, "What was the March oil tax take a year ago?"), "52.9")



_RECORD_BUYING = """| 3 March 2025, Monday |

Swiss central bank buys record amount of euros

The Swiss National Bank bought a record 48.6 billion francs of foreign currency in the third quarter to weaken the franc, data showed on Monday.

The purchases, which cover the three months to September, beat the previous quarterly record of 41.3 billion francs set in 2015.
"""


def test_than_the_previous_record_is_the_new_record_less_the_old() -> None:
    expect(answered(_RECORD_BUYING, "how much more did they buy this time than the previous record"), "7.3 billion francs")


_WHISKY_OUTLOOK = """| 3 March 2025, Monday |

Irish whiskey exports seen falling

Ireland exported 1.6 billion euros of whiskey in 2024, making the drink the country's biggest spirits export. The association expects full-year exports to fall to around 1.1 billion euros in 2025 because of U.S. tariffs.
"""


def test_a_forecast_than_in_a_year_is_set_against_that_years_level_in_its_paragraph() -> None:
    # "expected ... than in 2024": the forecast against 2024's level, not an outcome against its forecast
    expect(answered(_WHISKY_OUTLOOK, "how much lower are full-year exports expected to be than in 2024"), "0.50 billion euros")


_VAN_OUTPUT = """| 4 August 2025, Monday |

French van output falls

Van production fell 7% from a year earlier to 48,600 vans in June, the French carmakers' association said.
"""


def test_roughly_asks_a_worked_back_count_to_three_figures() -> None:
    # 48,600 ÷ 0.93 = 52,258: "about 52,300", the working exact
    result = answered(_VAN_OUTPUT, "Roughly how many vans were produced in June 2024?")
    assert "About 52,300 vans" in result.text and "= 52,258" in result.text, result.text


_GARMENTS = """| 18 November 2025, Tuesday |

Garment exports slip

Lunaria's garment exports fell 4% in October from a year earlier to $3.12 billion, the export bureau said, as strikes over the minimum wage shut factories.

Knitwear shipments dropped 6.2% to $1.71 billion, while exports of woven garments slipped 1.4% to $1.41 billion.
"""


def test_a_kindred_word_after_the_figure_does_not_make_the_clause_another_measures() -> None:
    # "earn" is found in the sentence only as "wage", after the figure: the lead's exports are still what was earned
    expect(answered(_GARMENTS, "How much did Lunaria earn from garment exports in October last year?"), "3.25")


_BANK_PROFIT = """| 21 October 2025, Tuesday |

Bid for Credito Marino

Genoa-based Credito Marino, which has 590 branches mainly in Liguria, Tuscany, Lazio and Sardinia, reported last week a net profit of 412 million euros for the first nine months of the year, up 23.4% from a year earlier.
"""


def test_a_measure_of_names_only_is_no_other_measure_and_whole_millions_are_told_whole() -> None:
    # the rate's "measure" is the places of an aside; 412 ÷ 1.234 = 333.87: "about 334 million euros"
    result = answered(_BANK_PROFIT, "What did Credito Marino earn over the same nine months last year?")
    assert "About 334 million euros" in result.text and "= 333.87" in result.text, result.text


def test_a_non_measure_is_not_the_measure_it_negates() -> None:
    # "non-oil revenue rose 6.0% to 118.7 billion riyals" names oil and revenue, and is the rest
    # of the revenue: oil revenue's 151.2 billion ÷ 0.829
    expect(answered("sa_bond", "What did oil revenue come to in the same quarter last year?"), "182.4")


_MINE_OUTPUT = """| 22 October 2025, Wednesday |

Strike at Andean copper mine

The Quillacollo mine produced 81,900 tonnes of copper in the third quarter, the operator said.

Peru mined 1.84 million tonnes of copper in January-August, up 2.6% from a year earlier, the ministry said.
"""


def test_a_figure_of_another_span_works_back_to_no_level_of_the_period_asked() -> None:
    # a quarter asked; the only rate is of eight months' output
    assert not answered(_MINE_OUTPUT, "what was the mine's third quarter output a year ago").answered


_DRUG_SALES = """| 30 October 2025, Thursday |

Arvelle lifts outlook

Arvelle's revenue reached 11.4 billion francs in the third quarter, the company said. At constant exchange rates sales grew 12%, with a stronger franc shaving about three percentage points off reported growth.
"""


def test_a_rate_at_constant_currency_works_back_to_no_reported_level() -> None:
    assert not answered(_DRUG_SALES, "What was Arvelle's revenue in the same quarter last year?").answered


_TURBINE_REVENUE = """| 5 November 2025, Wednesday |

Turbine maker cuts jobs

Quarterly revenue at Havmark Wind rose 4.8% to 14.6 billion Danish crowns ($2.26 billion), the company said.
"""


def test_danish_crowns_are_the_crowns_a_rate_is_asked_in() -> None:
    expect(answered(_TURBINE_REVENUE, "What crown-to-dollar exchange rate does the revenue figure imply?"), "6.46")


def test_the_change_asked_is_read_from_the_pair_of_the_measure_named() -> None:
    # "Orders totalled 2,870 MW ..., down from 3,730 MW a year earlier" ranks first; the next
    # sentence names offshore orders, whose pair is asked (1,550 − 560), not onshore's level against it
    expect(answered("dk_turbines", "by how many MW did offshore orders shrink vs a year ago"), "990")


_WAGE_TALKS = """| 18 November 2025, Tuesday |

Garment workers strike over pay

Tens of thousands of garment workers walked out last week to demand that the monthly minimum wage be raised to 23,000 taka from 12,800 taka.

At a meeting of the wage board on Sunday, factory owners offered 14,600 taka, an increase of about 14%, which union leaders rejected. Exports to Europe fell 8.7% in October.
"""


def test_how_far_apart_two_sides_are_is_the_demand_less_the_offer() -> None:
    # the amount demanded (not the level left, 12,800) against the one offered, in taka, not two rates
    expect(answered(_WAGE_TALKS, "how far apart are the unions and the owners on the monthly wage"), "8,400")


_MINE_STRIKE = """| 22 October 2025, Wednesday |

Strike at Andean copper mine

About 2,400 workers at the Quillacollo copper mine walked off the job on October 6. The union is seeking a 9.5% wage increase, while the company has offered 4.2%.
"""


def test_how_many_points_apart_asks_the_gap_between_demand_and_offer() -> None:
    # "how many percentage points apart" is a difference, as "how far apart" is
    expect(answered(_MINE_STRIKE, "how many percentage points apart are the union and the company on wages"), "5.30")


_DEFICIT = """| 22 October 2025, Wednesday |

Kingdom's deficit widens

The kingdom's budget deficit widened to 97.4 billion riyals ($25.97 billion) in the third quarter from 37.2 billion riyals a year earlier, finance ministry data showed.
"""


def test_how_much_wider_than_a_year_before_is_the_change_between_the_levels() -> None:
    # "how much wider is" is a comparative, not "how much [of a thing] is": the change asked, 97.4 − 37.2
    expect(answered(_DEFICIT, "how much wider is the q3 deficit than a year before"), "60.2 billion")


_FARMGATE = """| 21 October 2025, Tuesday |

Cocoa farmgate prices slump

Farmgate prices for cocoa beans, the raw crop, averaged 64.50 cedis per kg last week, compared with 81.20 cedis a year earlier, the board said.
"""


def test_an_amount_dropped_from_a_year_ago_is_the_change_between_the_levels_stated() -> None:
    # an amount asked, not a rate: the subject before the aside names the level, and the level
    # left "compared with" is per kg like the level reached (81.20 − 64.50)
    expect(answered(_FARMGATE, "how many cedis per kilo have cocoa prices dropped compared with a year ago"), "16.70")


_AIRPORT = """| 12 November 2025, Wednesday |

Airport traffic falls after strike

Passenger numbers at the Lindholm hub fell 4.0% in October from a year earlier to 3.12 million after a strike by security staff, the operator said on Wednesday.

Cargo volumes rose 5.0% to 21,000 metric tons in October.
"""


def test_a_count_worked_back_is_the_bare_number_of_what_was_counted_not_another_measure() -> None:
    # "to 3.12 million" counts the passengers asked (3.12 ÷ 0.96), not the cargo tonnes below it
    expect(answered(_AIRPORT, "How many passengers did Lindholm handle in October last year?"), "3.25")


_STEEL_EXPORTS = """| 10 October 2025, Friday |

Korea's steel exports rise

South Korea's steel exports rose 12% in September from a year earlier to $4.20 billion, the trade ministry said on Friday.

Shipments to Germany climbed 20% to $1.45 billion, overtaking exports to Japan, which rose 3% to $1.10 billion.
"""


def test_the_seller_is_no_side_of_a_comparison_between_its_buyers() -> None:
    # the two buyers the best sentence sets side by side (1.45 − 1.10), not the seller's total
    expect(answered(_STEEL_EXPORTS, "How much more did South Korea sell to Germany than to Japan?"), "0.35")


_COAL_OUTPUT = """| 18 November 2025, Tuesday |

Czech coal output falls

Hard coal output fell 20% year on year to 5.0 million tonnes in January-October, the mining agency said last week.
"""


def test_coal_dug_up_is_coal_produced() -> None:
    # "dig up" asks the output the sentence gives: 5.0 ÷ 0.8 a year earlier
    expect(answered(_COAL_OUTPUT, "how much hard coal did the czech mines dig up in jan-oct last year"), "6.25")


_COCOA_RECORD = """| 14 October 2025, Tuesday |

Cocoa hits record as West Africa dries out

The benchmark December cocoa contract settled up 5.0% at $12,600 a tonne on Tuesday, the highest close on record. Cocoa has gained 40% since January and is nearly 70% more expensive than a year earlier.
"""


def test_the_level_before_a_days_jump_is_worked_back_from_the_days_rate() -> None:
    # "before Tuesday's jump" asks the level before the move as "before the jump" does
    expect(answered(_COCOA_RECORD, "Where was cocoa before Tuesday's jump?"), "12,000")


def test_a_rate_since_a_month_works_back_to_no_level_before_the_move() -> None:
    # "gained 40% since January" leads back to January's level, not the one before the jump
    expect(answered(_COCOA_RECORD, "Where was cocoa before the jump?"), "12,000")


_MERGER = """| 3 March 2025, Monday |

Banca Orsina agrees merger with smaller rival

Banca Orsina said on Monday it would buy rival Banca Lucchese for 2.1 billion euros.

The bank said its core tier 1 capital ratio would fall to 12.8% from 14.6% after the merger, still well above requirements. Its leverage ratio would slip to 5.1% from 5.9% after the merger, it said.

Orsina's gross non-performing loan ratio fell to 2.7% from 3.4% a year earlier.
"""


def test_the_deal_after_the_levels_dates_the_move_asked() -> None:
    # "would fall to 13.1% from 15.4% after the deal": not the bad-loan ratio that fell 3.4% to 2.7%
    expect(answered("it_bank", "by how many points will valpadana's cet1 ratio drop because of the deal"), "2.3")


_CAPITAL = """| 3 March 2025, Monday |

Banca Orsina profit rises

Banca Orsina said on Monday its net profit rose 12% to 410 million euros in the third quarter.

Its leverage ratio stood at 5.1%, while its common equity tier 1 ratio was 14.6% at the end of September.

Its cost-to-income ratio improved to 48.2%.
"""


def test_cet1_is_the_common_equity_tier_1_ratio_the_article_writes_out() -> None:
    expect(answered(_CAPITAL, "what is orsina's cet1 ratio?"), "14.6")


def test_what_a_move_comes_with_may_follow_the_levels_in_their_clause() -> None:
    # "after the merger" follows "to 5.1% from 5.9%": the move asked, not the bad-loan ratio's
    expect(answered(_MERGER, "by how many points will the leverage ratio fall because of the merger"), "0.8")


_PLANT = """| 3 March 2025, Monday |

Korvan opens battery plant in Hungary

Korvan Energy opened a 2.1 billion euro battery cell plant in Debrecen on Monday.

The plant will employ 3,200 people at full capacity in 2027. It has hired 1,400 workers so far, most of them technicians.
"""


def test_what_is_still_to_hire_is_the_level_to_come_less_the_one_reached_so_far() -> None:
    # "will employ 3,200 people" and, in the next sentence, "has hired 1,400 workers so far"
    expect(answered(_PLANT, "how many more workers does korvan still need to hire to reach full strength"), "1,800")


_SHOPS = """| 3 March 2025, Monday |

Marlowe's to close 48 shops as sales slide

Marlowe's Plc said on Monday it would close 48 more shops this year as sales fell 4.1% in the holiday quarter.

Marlowe's, which runs 312 shops across Britain, has closed 60 shops since 2022.

Abroad, it opened 35 shops and closed 9, bringing its overseas network to 140 outlets.
"""


def test_what_is_left_once_closures_are_done_is_the_level_less_what_is_to_go() -> None:
    # "runs 312 shops" less "would close 48 more shops", not the 60 already closed
    expect(answered(_SHOPS, "how many shops will marlowe's have left once these closures are done"), "264")


def test_what_was_added_net_is_what_opened_less_what_closed() -> None:
    # "opened 35 shops and closed 9": the bare 9 counts shops too
    expect(answered(_SHOPS, "How many shops did it add abroad on a net basis?"), "26")


_BID = """| 3 March 2025, Monday |

Nordbank makes 4.2 billion crown bid for Fjordsparebank

Nordbank launched a 4.2 billion crown takeover bid for rival Fjordsparebank on Monday, offering 84 crowns in cash per share, a 25% premium to Fjordsparebank's closing price on Friday.

Fjordsparebank's board said it would study the offer.
"""


def test_the_shares_a_bid_implies_are_its_value_over_its_price_a_share() -> None:
    expect(answered(_BID, "Roughly how many shares does Fjordsparebank have, going by the offer?"), "50 million")


def test_the_price_before_a_bid_is_the_offer_over_one_plus_its_premium() -> None:
    # 84 ÷ 1.25, not the 84 crowns offered
    expect(answered(_BID, "What was Fjordsparebank trading at before the bid?"), "67.2")


_MILK = """| 3 March 2025, Monday |

Dairy cooperative raises milk price forecast

Waikato Dairy on Monday raised its farmgate milk price forecast for the season to NZ$9.80 per kilogram of milk solids from NZ$9.50.

The cooperative narrowed its forecast range to NZ$9.30 to NZ$10.30 per kg. The new midpoint compares with a final price of NZ$9.10 per kg paid for last season.
"""


def test_a_base_the_article_names_after_compares_with_is_the_one_asked_after_than() -> None:
    # "compares with a final price of NZ$9.10 per kg", against the forecast raised "to NZ$9.80 per
    # kilogram" (a kilogram is a kg), not the old forecast of NZ$9.50
    expect(answered(_MILK, "how much more per kg is the new forecast than last season's final price"), "0.70")


_FERTILIZER = """| 3 March 2025, Monday |

Fertilizer prices climb as rail strike halts shipments

Nordmine said it had about 410,000 tonnes of potash stuck at its mines and would cut output by about 52,000 tonnes a week.

Granular potash prices in Brazil rose to $372 a tonne this week from $351 last week, according to a consultancy.
"""


def test_a_level_left_at_the_time_compared_with_gives_the_change() -> None:
    # "$372 a tonne this week from $351 last week": 21, not 410,000 tonnes less 52,000 a week
    expect(answered(_FERTILIZER, "how much more per tonne is potash in brazil vs last week"), "21")


_IRIS = """| 3 March 2025, Monday |

Carmaker cuts electric SUV output goal as parts run short

Rival Sakura Motor cancelled 11 shifts at its factory in September.

Vltavia had planned to build 2,400 Iris cars a week by December but now expects to reach only about 1,500, its chief executive said.
"""


def test_an_amount_planned_is_set_against_the_one_now_expected_after_it() -> None:
    # "planned to build 2,400 ... now expects to reach only about 1,500": 900, not 2,400 less 11 shifts
    expect(answered(_IRIS, "how many fewer iris cars a week will vltavia make in december than it planned"), "900")


_PEAK = """| 22 July 2025, Tuesday |

Power cuts return as heatwave drives record demand

Peak electricity demand hit a record 39,800 megawatts on Thursday, up from 38,000 megawatts a year earlier.
"""


def test_how_many_units_higher_than_asks_a_difference() -> None:
    # "how many megawatts higher ... than": 39,800 − 38,000, not the figure of one level
    expect(answered(_PEAK, "how many megawatts higher was this year's peak than last year's"), "1,800")
