"""The synonym table: a question that words a thing one way finds the sentence that words it another."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_YARD = """| 18 November 2025, Tuesday |

Harbour Keel wins Navy frigate order

Harbour Keel Shipbuilding Corp said on Monday it had won a $4.2 billion contract from the Navy to build three frigates.

The company has hired 1,800 workers so far this year, bringing its payroll to 12,400.

It took a $210 million charge in the third quarter to cover cost overruns on an earlier frigate program.

The Navy's attack submarine force has shrunk to 49 boats against a requirement of 66, an admiral said.
"""


def test_taken_on_is_hired() -> None:
    expect(answered(_YARD, "how many people has the shipbuilder taken on this year"), "1,800")


def test_a_writedown_is_a_charge() -> None:
    expect(answered(_YARD, "How big a writedown did they book for the frigate overruns?"), "210")


def test_subs_are_submarines() -> None:
    expect(answered(_YARD, "How many attack subs does the Navy have?"), "49")


_FISH = """| 21 October 2025, Tuesday |

Peru sets anchovy quota for second season

Peru's production ministry on Monday set the catch quota for the second anchovy fishing season at 2.45 million tonnes.

Shares of Pesquera Sol, the largest holder with 15.8% of the catch limit, rose 3.4% on Monday.
"""


def test_a_catch_limit_is_a_quota() -> None:
    expect(answered(_FISH, "whats the catch limit for the 2nd season"), "2.45")


_LUXURY = """| 15 October 2025, Wednesday |

Maison Verlaine sales beat forecasts

Paris-based luxury group Maison Verlaine reported third-quarter sales of 4.86 billion euros on Wednesday.

Organic sales rose 2.1%, while the stock fell 1.2% in Paris.

Reported revenue fell 1.8% as currency effects shaved 3.9 percentage points off growth.

Perfumes and cosmetics rose 5.1% to 890 million euros, and watches gained 4.0% to 640 million euros.

The company kept its target for an operating margin of 24% in 2025, and expects revenue to rise 3% next year.
"""


def test_knocking_off_is_shaving_off() -> None:
    expect(answered(_LUXURY, "How much did forex moves knock off the top line?"), "3.9")


def test_underlying_growth_is_organic() -> None:
    expect(answered(_LUXURY, "What was underlying sales growth?"), "2.1%")


def test_fragrance_and_beauty_are_perfumes_and_cosmetics() -> None:
    expect(answered(_LUXURY, "whats the fragrance and beauty business bringing in"), "890")


def test_an_operating_margin_is_a_profit_margin() -> None:
    expect(answered(_LUXURY, "what profit margin is the company aiming for this year"), "24%")


_URANIUM = """| 3 November 2025, Monday |

Atameken cuts 2026 uranium output plan

Kazakhstan's state uranium miner Atameken said on Friday it would cut its production plan for next year by 12% to 24,600 tonnes.

The company, which produces about a fifth of the world's uranium, had previously planned to produce 27,950 tonnes in 2026.

Its first mine opened in 2001.
"""


def test_the_original_plan_is_what_was_previously_planned() -> None:
    expect(answered(_URANIUM, "What was the original production target for 2026?"), "27,950")


_SURVEY = """| 21 October 2025, Tuesday |

Peru sets anchovy quota

Peru set the anchovy quota for the second season at 2.45 million tonnes on Monday.

The survey put the share of fish caught by foreign fleets at 12%.

A survey by three research vessels found that juvenile fish made up 31% of the stock.
"""


def test_young_fish_are_juveniles() -> None:
    expect(answered(_SURVEY, "what share of the fish were young"), "31%")


_NAIRA = """| 1 September 2025, Monday |

Naira slides as inflation picks up

The naira weakened 6.8% against the dollar on the official market in August, currency dealers said.

Headline inflation rose to 22.4% in August from 21.9% in July, the statistics bureau said.

The cedi strengthened 2.1% against the dollar in August.
"""


def test_a_currency_that_weakens_falls() -> None:
    expect(answered(_NAIRA, "How much did the naira fall in August?"), "6.8%")


def test_a_currency_that_strengthens_rises() -> None:
    expect(answered(_NAIRA, "By how much did the cedi rise in August?"), "2.1%")


_MORTGAGES = """| 12 November 2025, Wednesday |

Tasman Pacific profit rises

Home loans grew 2.8% over the half to A$398.6 billion, while mortgage lending in Victoria was flat.

Home loans 90 or more days past due rose to 1.21% of the portfolio from 1.08% a year earlier.
"""


def test_past_due_is_behind_on_repayments() -> None:
    expect(answered(_MORTGAGES, "What proportion of mortgages are at least three months behind on repayments?"), "1.21%")


_RETAIL = """| 28 November 2025, Friday |

German retail sales fall in October

German retail sales fell by 1.5% in October from the previous month, the Federal Statistics Office said on Friday.

The GfK consumer climate index fell to -23.3 points heading into December from -18.4 points in November.
"""


def test_consumer_sentiment_is_the_consumer_climate() -> None:
    expect(answered(_RETAIL, "Did consumer sentiment improve going into December?"), "-23.3")


_DOCKS = """| 22 October 2025, Wednesday |

Rotterdam port volumes fall after strike

About 1,400 lashers walked out for seven days last month over pay.

The union and the employers reached a preliminary agreement last week that includes a 4.5% pay rise this year.
"""


def test_a_provisional_deal_is_a_preliminary_agreement() -> None:
    expect(answered(_DOCKS, "what raise are the workers getting under the provisional deal"), "4.5%")


def test_fewer_is_a_fall() -> None:
    # "why did fewer people shop ..." / "The number of customers fell 0.8% because record heat ..."
    expect(answered("jp_retailer", "why did fewer people shop at its japanese stores"), "heat")


def test_a_fare_is_a_price() -> None:
    # "a price war" / "the risk is that it is adding capacity into a fare war," said Kevin Ong
    expect(answered("jet_order", "who warned about a price war between the budget airlines"), "Kevin Ong")

_STEEL = """| 2 December 2025, Tuesday |

Rheinmark and Valmeuse agree steel merger

German steelmaker Rheinmark and Belgium's Valmeuse agreed on Tuesday to combine in an all-share deal.

Valmeuse CEO Philippe Delcourt will become deputy head of the merged steelmaker and run its flat steel division.

The new group, to be called Rheinmark Valmeuse and headquartered in Duisburg, will have 71,000 employees.
"""


def test_run_from_is_headquartered_in() -> None:
    expect(answered(_STEEL, "Which city will the merged steelmaker be run from?"), "Duisburg")


def test_a_state_agency_is_the_government() -> None:
    # "Brazil's government" / "Brazil's national food supply agency Conab ... cut its forecast"
    expect(answered("coffee_prices", "How big a coffee crop does Brazil's government see this year?"), "51.8")


_MONSOON = """| 13 August 2025, Wednesday |

India's monsoon rains run 11% below average

India's monsoon rains have been 11% below average since the season began on June 1, the weather office said.

Fifteen of the country's 36 subdivisions have received deficient rain, including Bihar and Odisha, while Punjab and Haryana have had surplus showers.
"""


def test_deficient_rain_is_a_deficit() -> None:
    result = answered(_MONSOON, "Did Odisha have a rain deficit?")
    assert result.answered and result.text.startswith("Yes") and "deficient" in result.text, result.text


_RECEIPTS = """| 3 November 2025, Monday |

Atameken cuts 2026 uranium output plan

Kazakhstan's state uranium miner Atameken said on Friday it would cut its production plan for next year by 12%.

The company's London-listed global depositary receipts fell 9.4% to $38.15 on Monday.

Its Chilean peer's New York-listed American depositary receipts dropped 3.6% in after-hours trading.
"""


def test_gdrs_are_global_depositary_receipts() -> None:
    expect(answered(_RECEIPTS, "How much did the GDRs fall in London?"), "9.4%")


def test_adrs_are_american_depositary_receipts() -> None:
    expect(answered(_RECEIPTS, "How much did the ADRs drop?"), "3.6%")


_MINE = """| 22 October 2025, Wednesday |

Merridale lifts gold output

Production at the Akroso mine in Ghana fell 8.0% to 41,200 ounces because heavy rains flooded the main pit.

Merridale has owned Akroso since 2022 and has spent about $180 million on a new processing plant there.

Shares in Merridale rose 4.2% to A$7.85 by midday in Sydney.
"""


def test_putting_money_into_is_spending_it() -> None:
    expect(answered(_MINE, "how much has Merridale put into the Akroso mine?"), "$180 million")


_SHIPYARDS = """| 15 October 2025, Wednesday |

Korean shipbuilders' orders rise

South Korean yards won orders for 8.42 million gross tons of new vessels in the first nine months, the ministry said on Tuesday.

Korean yards won 38 LNG carriers in the nine months, up from 27 a year earlier.

China's share of global orders fell to 51% from 63% a year earlier.

"Owners are coming back to Korean yards because Chinese berths are booked until 2029," said Lee Soo-jin, an analyst at Hanul Securities.

The ministry estimates the industry will be short of about 14,000 welders by the end of next year.
"""


def test_tonnage_is_tons() -> None:
    expect(answered(_SHIPYARDS, "how much tonnage did the korean yards win?"), "8.42 million")


def test_gas_tankers_are_lng_carriers() -> None:
    expect(answered(_SHIPYARDS, "How many gas tankers did the Korean yards get?"), "38")


def test_a_slice_of_orders_is_a_share_of_them() -> None:
    result = answered(_SHIPYARDS, "Has China's slice of global orders shrunk?")
    assert result.answered and result.text.startswith("Yes"), result.text


def test_turning_back_to_builders_is_coming_back_to_yards() -> None:
    expect(answered(_SHIPYARDS, "Why are owners turning back to Korean builders?"), "berths")


_TAX = """| 4 November 2025, Tuesday |

Irish tax take jumps

Ireland's corporate tax receipts jumped 38.2% to 7.46 billion euros in October, Department of Finance data showed on Tuesday.

Ireland raised its 12.5% headline corporate tax rate to 15% for large groups from 2024.

Income tax receipts rose 7.1% to 30.64 billion euros in the first 10 months.

"The state is leaning ever harder on a few foreign firms," said Aoife Brennan of the Irish Fiscal Advisory Council.
"""


def test_tax_pulled_in_is_tax_receipts() -> None:
    expect(answered(_TAX, "how much corporate tax did Ireland pull in for October?"), "7.46")


def test_builders_are_shipyards() -> None:
    expect(answered("kr_ships", "Which city is Mirae Ocean's yard in?"), "Mokpo")


def test_milk_taken_in_is_milk_collected() -> None:
    expect(answered("nz_dairy", "how much milk has the co-op taken in this season"), "612")


def test_a_trade_gap_is_a_deficit_and_power_is_electricity() -> None:
    article = """| 18 November 2025, Tuesday |

India's trade deficit widens

The merchandise trade deficit widened to $29.8 billion in October from $21.9 billion in September.

Coal generated 54% of India's electricity in the third quarter, down from 60% a year earlier.

  • Reuters
"""
    expect(answered(article, "how big is the trade gap now"), "29.8 billion")
    expect(answered(article, "What share of India's power came from coal in Q3?"), "54%")


_SEWAGE = """| 21 October 2025, Tuesday |

Regulator fines Severn Vale Water

Britain's water regulator fined Severn Vale Water 88.2 million pounds on Tuesday over sewage spills.

The company spilled untreated sewage into rivers 9,870 times last year, up 12% from a year earlier.

"This fine will be paid by shareholders, not by customers," said Ofwat enforcement director Helen Carrick.

The Environment Agency said on Monday it was carrying out criminal investigations into six of the company's 740 wastewater treatment works and would decide on prosecutions next year.

The company, owned by a group of pension funds, said it would not pay a dividend this year.

Its shareholders agreed last week to inject 500 million pounds of new equity.
"""


def test_dumping_raw_sewage_is_spilling_untreated_sewage() -> None:
    expect(answered("uk_water", "How many times did the company dump raw sewage into rivers in 2024?"), "14,352")


def test_waste_water_plants_under_probe_are_wastewater_works_under_investigation() -> None:
    expect(answered(_SEWAGE, "how many waste water plants are under criminal probe"), "six")


def test_prosecute_is_prosecution() -> None:
    expect(answered(_SEWAGE, "When did the Environment Agency say it might prosecute?"), "Monday")


def test_a_cash_injection_is_to_inject() -> None:
    expect(answered(_SEWAGE, "when was the cash injection agreed"), "Last week (")


def test_owners_are_who_owns_it() -> None:
    expect(answered(_SEWAGE, "are the owners getting a dividend this year"), "not pay a dividend")


def test_a_penalty_is_a_fine() -> None:
    expect(answered("uk_water", "who at the watchdog said shareholders would foot the bill for the penalty"), "Carrick")


_YEN = """| 31 October 2025, Friday |

Japan confirms record intervention

Japan spent a record 9.8 trillion yen intervening in the currency market to support the yen over the past month, Ministry of Finance data showed on Friday.

Exporter Naniwa Foods said it would let go of 350 staff at its Kobe plant.
"""


def test_propping_up_is_supporting() -> None:
    expect(answered("jp_yen", "how much has japan blown on propping up its currency"), "11.24")


def test_blowing_money_is_spending_it() -> None:
    expect(answered("jp_yen", "how much did japan blow on the intervention"), "11.24")


def test_stepping_in_is_intervening() -> None:
    expect(answered(_YEN, "how much did japan spend when it stepped in"), "9.8")


_MISC = """| 3 March 2025, Monday |

Industry roundup

Cognac house Renaud-Aubry said it would cut 350 jobs.

Meat plants slaughtered 180,000 cattle in September.

In July the trade body set the maximum yield at 9,000 kg of grapes per hectare.

Developers sold 4,120 new private homes in July to September.

The ministry estimates the shipbuilding industry will be short of about 14,000 skilled welders.

Employment at shipyards is still far below its 2014 peak of 203,400.

Operators bought 14,100 megahertz of airwaves in the auction.

U.S. prescriptions of Corvista rose 38% in the quarter.

Petrocol plans to drill 14 exploration wells next year.

A 60% additional stamp duty applies to foreign buyers.
"""


def test_letting_staff_go_is_cutting_jobs() -> None:
    expect(answered(_MISC, "How many staff is Renaud-Aubry letting go?"), "350")


def test_the_full_year_is_the_financial_year() -> None:
    expect(answered("au_iron_ore", "whats the new shipping target for the full year"), "58")


def test_slaughterhouses_are_meat_plants() -> None:
    expect(answered(_MISC, "how many cattle did slaughterhouses kill in September"), "180,000")


def test_the_most_allowed_is_the_maximum() -> None:
    expect(answered(_MISC, "What's the most grapes growers can pick per hectare?"), "9,000")


def test_units_are_homes() -> None:
    expect(answered(_MISC, "How many new private units did developers sell?"), "4,120")


def test_missing_is_falling_short() -> None:
    # "missing" is falling short: a quarter that missed forecasts came in below them
    expect(answered("ev_deliveries", "why did deliveries come in below expectations, according to the analyst"), "local brands")


def test_a_high_is_a_peak() -> None:
    expect(answered(_MISC, "In what year did shipyard employment hit its high?"), "2014")


def test_tied_to_is_linked_to() -> None:
    expect(answered("lng_deal", "what is the price of the gas tied to"), "Brent")


def test_spectrum_is_airwaves() -> None:
    expect(answered(_MISC, "How much spectrum did the operators buy?"), "14,100")


def test_a_requirement_is_what_is_required() -> None:
    expect(answered("rice_exports", "what is the buffer stock requirement for october 1"), "10.25")


def test_stripping_out_is_excluding() -> None:
    expect(answered("ie_corporate_tax", "did corporate tax rise if you strip out the one-off payment"), "6.3")


def test_scrips_are_prescriptions() -> None:
    expect(answered(_MISC, "corvista us scrips growth?"), "38")


def test_wildcat_wells_are_exploration_wells() -> None:
    expect(answered(_MISC, "how many wildcat wells is petrocol planning"), "14")


def test_a_hurry_to_buy_kit_is_buying_equipment_quickly() -> None:
    expect(answered("pl_defence", "why is the govt in such a hurry to buy this kit?"), "threat")


def test_extra_is_additional() -> None:
    expect(answered(_MISC, "how big is the extra stamp duty for foreign buyers"), "60")






def test_explaining_is_saying() -> None:
    expect(answered("id_coal", "Which official explained the royalty changes to reporters?"), "Wahyuningsih")


_MOVES = """| 3 March 2025, Monday |

Kestrel shares slump after profit warning

Shares of Kestrel Motors plunged 7.5% in Frankfurt on Monday after the carmaker cut its profit forecast.

Shares of rival Ostwind surged 4.2% after it won a 900 million euro bus order.
"""


def test_a_nosedive_is_a_plunge() -> None:
    expect(answered(_MOVES, "how much did kestrel stock nosedive"), "7.5%")
    expect(answered(_MOVES, "how far did kestrel shares sag"), "7.5%")


def test_skyrocketing_is_surging() -> None:
    expect(answered(_MOVES, "how much did ostwind shares shoot up"), "4.2%")
    expect(answered(_MOVES, "how much did ostwind stock skyrocket"), "4.2%")


def test_a_skyrocket_is_no_plunge() -> None:
    expect(answered(_MOVES, "how much did kestrel shares skyrocket"), None)
    expect(answered(_MOVES, "how much did ostwind stock nosedive"), None)


_MONEY = """| 3 March 2025, Monday |

Kestrel settles dealer lawsuit

Kestrel Motors agreed to pay 95 million euros to settle a lawsuit brought by its dealers, the carmaker said on Monday.

The company will buy back up to 500 million euros of its shares this year.

Kestrel sold 1.92 million vehicles worldwide in 2024.

Kestrel's debt stood at 6.7 billion euros at the end of December.

Norland's exports fell 2.3% to 41 billion crowns in January, while imports rose 1.1% to 44 billion crowns.
"""


def test_stumping_up_is_paying() -> None:
    expect(answered(_MONEY, "how much is kestrel stumping up to settle the lawsuit"), "95")
    expect(answered(_MONEY, "how much is kestrel coughing up to settle with dealers"), "95")


def test_what_it_owes_is_its_debt() -> None:
    expect(answered(_MONEY, "how much does kestrel owe"), "6.7")


def test_a_repurchase_is_a_buyback() -> None:
    expect(answered(_MONEY, "how big is the share repurchase"), "500")


def test_flogging_is_selling() -> None:
    expect(answered(_MONEY, "how many vehicles did kestrel flog in 2024"), "1.92")


def test_foreign_sales_are_exports() -> None:
    # "sales" is its own lemma, so the phrase needs the plural as well
    expect(answered(_MONEY, "how much did norland's foreign sales slide in january"), "2.3%")
    expect(answered(_MONEY, "how much did norland's foreign sales climb in january"), None)  # imports rose


_JOBS = """| 3 March 2025, Monday |

Kestrel to hire software engineers, shut Valencia plant

Kestrel Motors expects to hire 600 engineers for its software unit this year, the carmaker said on Monday.

Kestrel closed its plant in Valencia in 2023.

Its Brazilian unit swung to a loss of 42 million euros in 2024.

The company scrapped plans for a plant in Ohio in 2022.

Norland's unemployment rate rose to 5.4% in January from 5.1% in December.

Registered unemployment rose by 8,000 to 212,000.
"""


def test_bringing_on_board_is_hiring() -> None:
    expect(answered(_JOBS, "how many engineers is kestrel bringing on board"), "600")
    expect(answered(_JOBS, "how many engineers is kestrel letting go"), None)  # hired, not cut


def test_mothballing_is_closing() -> None:
    expect(answered(_JOBS, "when did kestrel mothball valencia"), "2023")


def test_pulling_the_plug_is_scrapping() -> None:
    expect(answered(_JOBS, "when did kestrel pull the plug on ohio"), "2022")


def test_bleeding_is_losing() -> None:
    expect(answered(_JOBS, "how much did the brazilian unit bleed"), "42")


def test_out_of_work_is_unemployed() -> None:
    expect(answered(_JOBS, "how many are out of work"), "212,000")
    expect(answered(_JOBS, "what's the out of work rate"), "5.4%")


_OUTPUT = """| 3 March 2025, Monday |

Kestrel's Leeds plant output climbs

Kestrel Motors' Leeds plant produced 310,000 cars last year, the carmaker said on Monday.

Skarn Metals produced 2.1 million tonnes of copper ore in 2024.
"""


def test_assembling_is_producing() -> None:
    expect(answered(_OUTPUT, "how many cars did leeds assemble last year"), "310,000")
    expect(answered(_OUTPUT, "how many cars rolled off the line at leeds last year"), "310,000")


def test_extracting_is_producing_not_selling() -> None:
    expect(answered(_OUTPUT, "how much ore did skarn extract in 2024"), "2.1")
    expect(answered(_OUTPUT, "how much ore did skarn sell in 2024"), None)


_MACRO = """| 3 March 2025, Monday |

Norland central bank holds rates as inflation eases

The central bank of Norland kept its key interest rate unchanged at 4.25% on Thursday.

Annual inflation slowed to 3.1% in February from 3.6% in January.

The budget deficit widened to 3.9% of GDP in 2024.

Retail sales rose 2.7% in January.

The finance ministry raised 2.5 billion crowns from the sale of its stake in Norland Telecom.

Kestrel Motors said its revenue climbed 6% to 21.3 billion euros in 2024.
"""


def test_the_cost_of_living_is_inflation() -> None:
    expect(answered(_MACRO, "what is the cost of living running at"), "3.1%")


def test_a_budget_hole_is_a_deficit() -> None:
    expect(answered(_MACRO, "how big is the budget hole"), "3.9%")


def test_store_sales_are_retail_sales() -> None:
    expect(answered(_MACRO, "how much did store sales rise"), "2.7%")
    expect(answered(_MACRO, "how much did store sales fall"), None)


def test_raking_in_is_revenue() -> None:
    expect(answered(_MACRO, "how much did kestrel rake in last year"), "21.3")


def test_standing_pat_is_holding_rates() -> None:
    expect(answered(_MACRO, "did the central bank stand pat"), "Yes")
    cut = """| 3 March 2025, Monday |

Ostland cuts rates

The central bank of Ostland cut its key interest rate by 50 basis points to 3.75% on Thursday.
"""
    expect(answered(cut, "did the central bank stand pat"), None)


_PORT = """| 3 March 2025, Monday |

Dock workers strike at Halvik

About 2,000 dock workers at the port of Halvik walked off the job on Tuesday, demanding a 7% pay rise.

Freight rates on the Asia-Europe route fell 12% in February.

Developers started work on 18,400 new homes in 2024.

A court in Oslo ordered Norland Telecom to pay 40 million crowns in damages to a rival.

Kestrel's order book stood at 14 billion euros at the end of 2024.
"""


def test_dockers_are_dock_workers() -> None:
    expect(answered(_PORT, "how many dockers walked out"), "2,000")


def test_shipping_costs_are_freight_rates() -> None:
    expect(answered(_PORT, "how much did shipping costs drop in february"), "12%")
    expect(answered(_PORT, "how much did shipping costs rise in february"), None)


def test_breaking_ground_is_starting_work() -> None:
    expect(answered(_PORT, "how many homes did builders break ground on"), "18,400")
    expect(answered(_PORT, "how many homes did builders complete"), None)


def test_damages_are_compensation() -> None:
    expect(answered(_PORT, "how much compensation must norland telecom pay"), "40")


def test_a_backlog_is_an_order_book() -> None:
    expect(answered(_PORT, "how big is kestrel's backlog"), "14")


def test_reaping_is_harvesting() -> None:
    wheat = """| 3 March 2025, Monday |

Norland wheat harvest seen lower

Norland's wheat harvest is expected to reach 3.4 million tonnes this season, the farm ministry said.
"""
    expect(answered(wheat, "how much wheat will be reaped this season"), "3.4")


_COURTS = """| 3 March 2025, Monday |

Regulator opens probe into Norland lenders

Norland's financial regulator has opened an investigation into 12 lenders over mortgage pricing, it said on Monday.

A group of 340 savers filed a lawsuit against Fjord Bank in January.

Corporate insolvencies rose 14% to 2,950 in 2024.

New car registrations rose 4.1% in February to 61,200.

Load shedding of up to six hours a day hit Halvik in January.
"""


def test_probing_is_investigating() -> None:
    expect(answered(_COURTS, "how many lenders is the regulator probing"), "12")


def test_suing_is_filing_a_lawsuit() -> None:
    expect(answered(_COURTS, "how many savers are suing fjord bank"), "340")


def test_going_bust_is_insolvency() -> None:
    expect(answered(_COURTS, "how many went bust in 2024"), "2,950")
    expect(answered(_COURTS, "how many corporate bankruptcies were there in 2024"), "2,950")


def test_car_sales_are_registrations() -> None:
    expect(answered(_COURTS, "what were new car sales in february"), "61,200")


def test_blackouts_are_load_shedding() -> None:
    expect(answered(_COURTS, "how many hours a day were the blackouts in halvik"), "six hours")


def test_insolvencies_are_no_start_ups() -> None:
    expect(answered(_COURTS, "how many companies were set up in 2024"), None)
    expect(answered(_COURTS, "how many new companies were registered in 2024"), None)  # not car registrations


def test_a_work_to_rule_is_industrial_action() -> None:
    rail = """| 3 March 2025, Monday |

Rail staff start work-to-rule

About 4,500 train drivers began a work-to-rule on Monday in a dispute over rosters.
"""
    expect(answered(rail, "how many train drivers are taking industrial action"), "4,500")
    expect(answered(rail, "how many drivers are on a go-slow"), "4,500")


_HOUSE = """| 3 March 2025, Monday |

Halvik rents climb as fuel costs bite

Rental prices in Halvik rose 6.1% in 2024, the statistics office said on Monday.

Fuel prices rose 9% in February after the government cut subsidies.

The state oil company raised gasoline prices to 1.92 crowns a litre.

House prices fell 2.2% in 2024.
"""


def test_rents_are_rental_prices() -> None:
    expect(answered(_HOUSE, "how much have rents gone up in halvik"), "6.1%")
    expect(answered(_HOUSE, "how much did rents fall in halvik"), None)  # house prices fell, not rents


def test_pump_prices_are_fuel_prices() -> None:
    expect(answered(_HOUSE, "how much did pump prices rise in february"), "9%")


def test_petrol_is_gasoline() -> None:
    expect(answered(_HOUSE, "how much is petrol now"), "1.92")


_EARN = """| 3 March 2025, Monday |

Kestrel operating profit climbs

Kestrel Motors said on Monday its operating profit rose 9% to 2.1 billion euros in 2024.

Profit before tax rose 4% to 1.6 billion euros.

Nights spent by foreign visitors at Norland hotels rose 7% to 4.2 million in 2024.

Kestrel will build a 300-megawatt solar park next to its Leeds plant.
"""


def test_operating_income_is_operating_profit() -> None:
    expect(answered(_EARN, "what was kestrel's operating income in 2024"), "2.1")
    expect(answered(_EARN, "what was kestrel's ebit"), "2.1")


def test_pretax_profit_is_profit_before_tax() -> None:
    expect(answered(_EARN, "what was kestrel's pretax profit"), "1.6")


def test_overnight_stays_are_nights_spent() -> None:
    expect(answered(_EARN, "how many overnight stays did foreign visitors make in 2024"), "4.2")


def test_a_solar_farm_is_a_solar_park() -> None:
    expect(answered(_EARN, "how big is the solar farm"), "300")
    expect(answered(_EARN, "how big is the wind farm"), None)


def test_a_wind_farm_is_a_wind_park() -> None:
    wind = """| 3 March 2025, Monday |

Fjord Energy plans North Sea wind park

Fjord Energy will build a 1,400-megawatt wind park off the Norland coast by 2030.
"""
    expect(answered(wind, "how big is the wind farm"), "1,400")


_GARMENT = """| 18 November 2025, Tuesday |

Dhakar garment exports slip

Dhakar's garment exports fell 4% in October to $3.12 billion, the export bureau said on Monday.

The industry accounts for about 81% of the country's export earnings.

Buyers are shifting some orders to Vietnam because of worries about delivery delays, a factory owner said.

Oil revenue fell 17.1% to 151.2 billion riyals in the quarter.

Total spending climbed 10.8% because capital spending on roads jumped.

About 2,400 of the mine's 3,100 unionised workers walked off the job on October 6.
"""


def test_clothing_is_garments() -> None:
    expect(answered(_GARMENT, "how much did clothing exports bring in last month"), "3.12")
    expect(answered(_GARMENT, "how much did clothing imports fall in october"), None)  # exports, not imports


def test_export_income_is_export_earnings() -> None:
    expect(answered(_GARMENT, "what share of export income comes from the clothing industry"), "81%")


def test_oil_income_is_oil_revenue() -> None:
    expect(answered(_GARMENT, "by what percentage did oil income drop in the quarter"), "17.1%")
    expect(answered(_GARMENT, "by what percentage did oil income rise in the quarter"), None)


def test_brands_are_buyers() -> None:
    expect(answered(_GARMENT, "why are foreign brands moving orders to other countries"), "delivery delays")


def test_expenditure_is_spending() -> None:
    expect(answered(_GARMENT, "how much did total expenditure climb"), "10.8%")


def test_union_members_are_unionised_workers() -> None:
    expect(answered(_GARMENT, "how many union members at the mine"), "3,100")


def test_order_intake_and_investor_demand_are_orders() -> None:
    intake = """| 5 November 2025, Wednesday |

Havborg orders fall

Havborg Wind said orders fell 12% to 2,950 megawatts in the third quarter.
"""
    expect(answered(intake, "what was the order intake in q3 in megawatts"), "2,950")
    bond = """| 22 October 2025, Wednesday |

Saudi Arabia sells $11.5 billion of bonds

Saudi Arabia raised $11.5 billion from a dollar bond sale on Tuesday.

Orders for the bonds reached $38 billion, the lead banks said.
"""
    expect(answered(bond, "what was investor demand for the bonds"), "38")


_AIRLINE = """| 18 November 2025, Tuesday |

Sahra Airlines adds routes

Sahra Airlines currently serves 56 destinations in 22 countries, up from 41 a year earlier.

War-risk insurance premiums for ships rose to 1.1% of a vessel's hull value this month.

The state grain board said it would pay growers 210 lira per kilogram for hazelnuts.

The bank booked credit impairment charges of 310 million euros in the quarter.
"""


def test_fly_to_is_serve() -> None:
    expect(answered(_AIRLINE, "how many destinations does sahra fly to"), "56")


def test_steer_clear_of_is_avoid() -> None:
    # "Suez Canal revenue drops 18% in September as ships keep avoiding Red Sea"
    expect(answered("suez_revenue", "which sea are ships steering clear of"), "Red Sea")


def test_war_risk_cover_is_insurance() -> None:
    expect(answered(_AIRLINE, "whats war risk cover costing shipowners as a share of the hull"), "1.1%")


def test_a_purchase_price_is_what_growers_are_paid() -> None:
    expect(answered(_AIRLINE, "what is the grain board's purchase price for hazelnuts"), "210")


def test_an_area_is_counted_in_hectares() -> None:
    # "declared an agricultural emergency in the region last month covering 2.3 million hectares of grazing land"
    expect(answered("uy_beef", "how big is the area covered by the farm emergency"), "2.3")


def test_set_aside_for_bad_debts_is_a_credit_impairment_charge() -> None:
    expect(answered(_AIRLINE, "how much did the bank set aside for bad debts"), "310")


_MILL = """| 12 November 2025, Wednesday |

Norvik Steel to cut jobs

Norvik Steel employs 8,200 people at its three mills, the company said on Wednesday.

It plans to cut 640 jobs by the end of next year.

Throughput at its Aarhus refinery rose 2.4% to 398,000 barrels per day in the quarter.

Tea production fell 11.8% to 38.4 million kg in September due to a dry spell in the main growing counties of Kericho and Bomet.

Stocks carried over from last season are down to about 60,000 tonnes.

Corporate tax receipts reached 33.91 billion euros in the first ten months, while income tax receipts rose 7.1% to 30.64 billion euros.

The company had cash and cash equivalents of 4.1 billion crowns at the end of September.

The central bank bought 12 tonnes of bullion in October.
"""


def test_payroll_is_the_workforce() -> None:
    expect(answered(_MILL, "how many people are on norvik's payroll"), "8,200")


def test_retrench_is_to_cut_jobs() -> None:
    expect(answered(_MILL, "how many staff will norvik retrench"), "640")


def test_crude_runs_are_refinery_throughput() -> None:
    expect(answered(_MILL, "what were crude runs in the quarter"), "398,000")


def test_dry_weather_is_a_dry_spell() -> None:
    expect(answered(_MILL, "which areas were hit by the dry weather"), "Kericho")


def test_the_carryover_is_the_stocks_carried_over() -> None:
    expect(answered(_MILL, "how big is the carryover"), "60,000")


def test_company_tax_is_corporate_tax() -> None:
    expect(answered(_MILL, "how much company tax has come in so far"), "33.91")


def test_a_cash_pile_is_cash_and_equivalents() -> None:
    expect(answered(_MILL, "how big is norvik's cash pile"), "4.1")


def test_bullion_is_gold() -> None:
    expect(answered(_MILL, "how much gold did the central bank buy in october"), "12 tonnes")


_MARKETS = """| 12 November 2025, Wednesday |

Karsa Bank sweetens bid

Karsa Bank raised its offer for rival Lumo Bank to 5.1 billion euros on Wednesday.

The state raised 3 billion dollars in a bond sale on Tuesday, the debt office said.

It also sold a 2 billion riyal Islamic bond.

Lumo shares recovered 3.2% on Wednesday after falling 5% last week.
"""


def test_sweeten_is_to_raise_an_offer() -> None:
    expect(answered(_MARKETS, "how much did karsa sweeten its offer to"), "5.1")


def test_a_bond_sale_is_borrowing() -> None:
    expect(answered(_MARKETS, "how much did the state borrow on tuesday"), "3 billion")


def test_a_sukuk_is_an_islamic_bond() -> None:
    expect(answered(_MARKETS, "how big was the sukuk"), "2 billion")


def test_claw_back_is_recover() -> None:
    expect(answered(_MARKETS, "how much did lumo shares claw back on wednesday"), "3.2%")


def test_ramp_up_is_a_rise_and_scale_down_a_fall() -> None:
    output = """| 12 November 2025, Wednesday |

Carmakers split

Halvik Motors increased car output by 12% to 410,000 vehicles.

Ostra Motors cut output by 5% to 200,000 vehicles.
"""
    expect(answered(output, "by how much did halvik ramp up output"), "12%")
    expect(answered(output, "by how much did ostra scale down output"), "5%")
    expect(answered(output, "how much did ostra rein in output"), "5%")
    expect(answered(output, "by how much did ostra ramp up output"), None)  # Ostra cut it


_CARGOES = """| 22 July 2025, Tuesday |

Egypt signs LNG deals as gas output falls

Egypt's state gas company signed deals on Monday for 160 liquefied natural gas cargoes worth $8.2 billion, to be delivered through 2026.

LNG imports more than tripled to 4.3 million tonnes in the first half of 2025.
"""


def test_shipments_asked_are_the_cargoes_counted() -> None:
    # "LNG shipments" are the "160 cargoes", not the tonnes imported.
    expect(answered(_CARGOES, "how many LNG shipments did egypt sign for"), "160")
