"""Why: the reason a sentence gives, however it words it, and the why asked however it is put."""

from __future__ import annotations

from handlers import Conversation, answer
from tests.handlers.stories import answered, dialog, expect, stored

_CARS = """| 20 November 2025, Thursday |

Japan's car exports to the U.S. slide in October

Car exports to the United States slid 9.6% in value and 4.8% in volume in October.

"Carmakers are absorbing much of the tariff by cutting their export prices, which is why the value of car shipments is falling twice as fast as the volume," said an economist at a Tokyo brokerage.
"""


def test_which_is_why_gives_the_reason_before_it() -> None:
    result = answered(_CARS, "Why is the value of car exports falling faster than the volume?")
    expect(result, "cutting their export prices")
    assert "twice as fast" not in result.text, result.text


_PARTS = """| 6 November 2025, Thursday |

Marbach swings to a loss

Marbach Automotive swung to a third-quarter loss on Thursday.

Its adjusted operating margin narrowed to 2.1% from 4.3% a year earlier, due to weaker output at European carmakers and higher prices for steel.
"""


def test_what_squeezed_asks_for_the_cause() -> None:
    result = answered(_PARTS, "What squeezed the operating margin?")
    assert result.answered and result.intent == "why", result.text
    assert "weaker output" in result.text and "2.1%" not in result.text, result.text


_FUND = """| 12 August 2025, Tuesday |

Norway's wealth fund lags its benchmark

The fund returned 4.6% in the first half, trailing its benchmark index by 0.15 percentage point.

"The gap looks modest, but lawmakers will ask what active management is delivering," said Kari Lunde, a strategist at Fjellstad Securities. She attributed the shortfall mainly to the fund holding fewer U.S. technology shares than its index.
"""


def test_what_someone_blames_asks_for_the_cause_they_give() -> None:
    expect(answered(_FUND, "What does the strategist blame for the underperformance?"), "technology shares")


def test_attributed_with_its_object_between_gives_the_reason() -> None:
    expect(answered(_FUND, "Why did the strategist say the fund lagged?"), "technology shares")


_CHIPS = """| 14 October 2025, Tuesday |

Asian trade data beat forecasts

In South Korea, semiconductor exports rose 22.1% in September from a year earlier to $16.61 billion, the trade ministry said. South Korea's total exports grew 12.7% to $65.95 billion.

The gain came largely because demand for DRAM memory from AI data centres stayed strong, the ministry said.
"""


def test_the_next_paragraph_naming_the_move_again_gives_its_reason() -> None:
    expect(answered(_CHIPS, "Why did Korean chip exports rise?"), "DRAM")


_ORDER = """| 11 November 2025, Tuesday |

Sahra Airlines expands its fleet

Sahra Airlines has agreed to buy 40 Airbus A321neo jets worth $6.6 billion at list prices, the Jeddah-based carrier said on Tuesday.

"The timing makes sense because Airbus production slots are largely sold out until the end of the decade," said Layla Haddad, an analyst at Gulf Aviation Advisory.
"""


def test_a_sentence_short_of_some_words_with_a_plain_reason_answers() -> None:
    expect(answered(_ORDER, "According to the analyst, why is now a good time to place the order?"), "sold out")


_HOMES = """| 2 October 2025, Thursday |

UK house prices rise more than expected

The average price of a home rose 2.4% from a year earlier in September, the lender said. London-based Cardew Capital expects house price growth to slow next year.

"We expect house price growth to slow to around 2% next year due to still-high borrowing costs and the stamp duty increase in April, which pulled many purchases forward into the first quarter," said Oliver Grant, senior economist at Cardew Capital in London.
"""


def test_the_one_asked_named_as_the_speaker_gives_the_reason_in_the_quote() -> None:
    expect(answered(_HOMES, "Why does Cardew Capital expect house price growth to slow next year?"), "borrowing costs")


_CANE = """| 23 October 2025, Thursday |

Brazil's centre-south mills report harvest data

Since the 2025/26 season started on April 1, the region's mills have crushed 487.3 million tonnes of cane, down 4.2% from a year earlier. A long drought has hurt the cane fields, the association said.
"""


def test_since_a_season_named_is_a_time_not_a_reason() -> None:
    expect(answered(_CANE, "Why have the mills crushed less cane?"), "drought")


_BANK = """| 21 October 2025, Tuesday |

Great Lakes Heritage cuts dividend and jobs

Great Lakes Heritage Bancorp on Tuesday reported a 72% slump in third-quarter profit and cut its quarterly dividend, as depositors pulled money out and provisions for souring loans more than doubled.

The board lowered the quarterly dividend to 18 cents per share from 45 cents, the bank's first reduction since 2009, to preserve capital, Chief Financial Officer Daniel Okafor said.
"""


def test_to_preserve_gives_the_purpose() -> None:
    expect(answered(_BANK, "Why slash the dividend?"), "preserve capital")


_PLANT = """| 6 November 2025, Thursday |

Marbach to close brake plant

Marbach Automotive said on Thursday it would close its brake plant in Homburg by the end of 2027.

Stefan Albers, head of the works council, said employees would fight the Homburg closure. "Management is making workers pay for its own mistakes, as it poured 1.2 billion euros into battery projects that carmakers then cancelled," he said.
"""


def test_why_after_an_answer_without_a_reason_reads_on_in_its_paragraph() -> None:
    store, talk = stored(_PLANT), Conversation()
    first = answer("What does the works council head say about the Homburg closure?", store, talk)
    assert "fight" in first.text, first.text
    result = answer("why?", store, talk)
    assert result.answered and "battery projects" in result.text, result.text


_JOBS = """| 24 October 2025, Friday |

Nordvik to cut 1,400 jobs

Nordvik said it would cut about 1,400 positions, or 7% of its workforce, by the end of 2026. It is the company's largest round of job cuts since 2022, when it shed 900 roles.

Halvorsen said the reductions were needed as the company automates its call centres, adding that unions had been informed.
"""


def test_reading_on_skips_a_when_that_tells_a_time() -> None:
    store, talk = stored(_JOBS), Conversation()
    assert "1,400" in answer("What's happening with jobs at Nordvik?", store, talk).text
    result = answer("why?", store, talk)
    assert "automates" in result.text and "900 roles" not in result.text, result.text


_MERGER = """| 4 November 2025, Tuesday |

Rheinmark and Valmeuse agree steel merger

German steelmaker Rheinmark Stahl AG and Belgium's Valmeuse Acier SA agreed on Tuesday to combine in an all-share deal.

"Neither of us can fund the shift to green steel on our own, because a single direct-reduction plant now costs more than 2 billion euros," Rheinmark Chief Executive Katrin Vossberg told reporters in Frankfurt.

"Workers have already given up pay rises to keep these plants running, so we will not accept that they pay for this merger with their jobs," said Juergen Hellweg, head of Rheinmark's works council.
"""


def test_a_long_title_before_told_still_closes_the_quotation() -> None:
    expect(answered(_MERGER, "Why does Rheinmark's CEO say they can't go it alone?"), "direct-reduction plant")


_POTASH = """| 22 October 2025, Wednesday |

Potash miner cuts output as rail strike strands shipments

Prairie Crest Potash Corp said on Wednesday it would cut output at two of its four Saskatchewan mines.

"We only have storage for roughly two weeks, so we are slowing the mills at Kelvington and Wynyard before we run out of room," said Chief Executive Dana Morrow.

The mills at its two other mines will keep running because they ship by truck to U.S. buyers.
"""


def test_the_reason_before_so_explains_what_follows_it() -> None:
    expect(answered(_POTASH, "why are they slowing down the mills"), "storage for roughly two weeks")


_CEMENT = """| 9 June 2025, Monday |

Pakistan cement sales rise on exports

Pakistan's cement dispatches rose 9.6% in May as exports jumped, the Pakistan Cement Manufacturers Council (PCMC) said on Monday.

"Construction activity has slowed because the government has cut development spending," Tariq Hameed Qureshi, chairman of the PCMC, said in a statement.

Builders in Pakistan expect activity to slow further in the third quarter as monsoon rains flood building sites.
"""


def test_a_post_set_off_by_commas_still_closes_the_quotation() -> None:
    expect(answered(_CEMENT, "why has building activity slowed down in pakistan?"), "development spending")


_MINERS = """| 22 October 2025, Wednesday |

Ghana orders small miners to register with gold board

From November 1, all small-scale miners will have to register their sites with the Ghana Gold Board, which parliament created in March as the sole buyer of their gold.

Godwin Armah, general secretary of the Ghana National Association of Small Scale Miners, said about 1,200 of its member concessions had yet to register. "Many of our members are in remote areas with no internet, so a one-month window is too short," he said.
"""


def test_a_quote_after_the_fact_gives_its_reason_before_so() -> None:
    expect(answered(_MINERS, "why do the small miners say they need more time to register"), "remote areas")


def test_a_reason_before_every_word_asked_explains_something_else() -> None:
    # "Unlisted real estate ... lost 0.8% as higher borrowing costs kept weighing on office values,
    # and the fund's small renewable energy infrastructure portfolio returned 1.1%" names the fund
    # only after its reason.
    expect(answered("wealth_fund", "Why did the fund get smaller even though it made money?"), "krone")


_PCB = """| 3 March 2025, Monday |

Taiwan firm to build $1.2 billion plant in Vietnam

Taiwan's Sunwave Circuit Technology will build a $1.2 billion plant in Bac Ninh province, the provincial government said on Monday.

The plant will produce printed circuit boards for servers and cars, and is expected to reach full output of 1.5 million square metres a year by 2028.
"""


def test_what_a_plant_will_produce_asks_for_the_goods_not_the_output() -> None:
    result = answered(_PCB, "What will the new plant produce?")
    assert result.answered and result.intent == "what" and "circuit boards" in result.text, result.text


_YARD = """| 18 November 2025, Tuesday |

Shipbuilder to invest $1.1 billion in Norfolk yard

Atlantic Keel Shipbuilding Corp said on Monday it had won a $12.6 billion Navy contract.

Chief Executive Margaret Lindqvist said the company would invest $1.1 billion over three years in a new module hall and upgrades to two dry docks in Norfolk.
"""


def test_what_money_is_going_towards_asks_for_its_purpose() -> None:
    expect(answered(_YARD, "what's the 1.1 billion investment going towards"), "module hall")


def test_fewer_asks_why_a_number_fell() -> None:
    # "The number of customers fell 0.8% because record heat in July kept shoppers indoors"
    expect(answered("jp_retailer", "why did fewer people shop at its japanese stores"), "heat")


_RECALL = """| 2 October 2025, Thursday |

Corvana recalls Strada saloons over software fault

Corvana AG delivered 86,940 vehicles in the third quarter, up 26% from a year earlier, the company said on Thursday.

Separately, Corvana said on Wednesday it was recalling 14,720 Strada saloons built between November 2023 and May 2025 due to a fault in the battery management software that could cause a sudden loss of drive power.
"""


def test_what_is_wrong_with_asks_for_the_fault() -> None:
    expect(answered(_RECALL, "what's actually wrong with the recalled saloons"), "battery management software")


def test_a_provisional_deal_is_a_preliminary_agreement() -> None:
    # "The union HavenBond and RHW reached a preliminary agreement last week that includes a 4.5% pay rise"
    expect(answered("nl_port", "what raise are the lashers getting under the provisional deal"), "4.5%")


def test_research_narrowed_to_is_research_concentrated_on() -> None:
    # "early-stage research at the Klybeck campus, which Helvara will narrow to cardiology, oncology and rare diseases"
    expect(answered("ch_pharma_jobs", "what areas will basel research concentrate on from now on"), "oncology")


_EXTENSION = """| 4 November 2025, Tuesday |

Tianjia wins bond extension from onshore creditors

Chinese property developer Tianjia Property Group said on Tuesday that onshore creditors had approved a three-year extension of payments on two yuan bonds.

"The extension buys Tianjia time, but it does not fix the problem as sales have yet to find a floor," said Grace Zhou, a senior credit analyst at Hong Kong-based Meridian Ratings.
"""


def test_a_plain_as_answers_a_why_put_in_other_words() -> None:
    expect(answered(_EXTENSION, "Why does the Meridian analyst think the extension isn't enough?"), "sales have yet to find a floor")


_SG_HOMES = """| 1 October 2025, Wednesday |

Singapore new home sales jump in third quarter

Developers sold 4,120 new private homes in July to September, up from 2,310 in the second quarter, URA data showed.

"Pent-up demand came through this quarter because several big projects near new MRT stations were priced close to resale levels," said an analyst at a property consultancy.

"We want to keep the property market stable and prices in line with economic fundamentals this quarter, as the recent pace of new home sales could fuel excessive optimism," the Ministry of National Development said.

The government has no plans to ease the stamp duty on foreign buyers of new homes for now.
"""


def test_what_is_wanted_or_planned_is_no_purpose() -> None:
    # "want to keep", "no plans to ease": an infinitive after a wish or plan says what is wanted.
    expect(answered(_SG_HOMES, "why did new home sales pick up so much this quarter?"), "Pent-up demand")


def test_a_purpose_acting_on_the_thing_asked_is_no_reason_for_it() -> None:
    # "urged the bloc to keep its extra duties": what she wants done to the duties, not why
    # Corvana swallows the U.S. tariff ("as raising prices now would hand market share to rivals").
    expect(answered("ev_deliveries", "why isnt corvana putting the us tariff into its prices"), "market share")


_LUMBER = """| 20 November 2025, Thursday |

Canadian lumber mills cut output

Canadian softwood lumber shipments to the United States fell 18.6% in the third quarter from a year earlier, after the United States more than tripled the levies on them.

Western spruce-pine-fir lumber fell to $512 per thousand board feet last week from $598 in mid-October, pricing service Timber Market Weekly said, as U.S. homebuilding slowed and distributors ran down their inventories ahead of winter.
"""


def test_move_words_in_the_reason_are_other_moves() -> None:
    # "slowed" and "ran down" are words of a drop, but the drop asked is the one before "as".
    expect(answered(_LUMBER, "What's behind the drop in lumber prices?"), "homebuilding")


_PLYWOOD = """| 20 November 2025, Thursday |

Canadian lumber mills cut output

Canadian softwood lumber shipments to the United States fell 18.6% in the third quarter from a year earlier.

Plywood prices have slumped as well. Distributors are running down their stocks because U.S. homebuilding has slowed.
"""


def test_as_well_is_no_reason() -> None:
    expect(answered(_PLYWOOD, "why have plywood prices slumped?"), "homebuilding")


_SAWMILL = """| 20 November 2025, Thursday |

Canadian lumber mills shut as steeper US duties bite

Northridge Forest Products said on Monday it would permanently close its sawmill in Quesnel in January, eliminating 210 jobs. "We are shutting Quesnel because every board we ship south now loses money at these duty rates," Chief Executive Alan Brickell said in a statement.
"""


def test_what_followed_gives_way_to_the_next_sentences_reason() -> None:
    # ", eliminating 210 jobs" goes on from the closure; the quote after it says why.
    expect(answered(_SAWMILL, "why is northridge shutting the quesnel sawmill"), "loses money")


def test_an_unmistakable_reason_further_down_answers() -> None:
    # Six sentences on the weak yen give no reason before "The yen's slide has been driven by the
    # wide gap between U.S. and Japanese interest rates".
    expect(answered("jp_yen", "Why has the yen been so weak?"), "interest rates")


_INTERVENTION = """| 31 October 2025, Friday |

Japan confirms record yen intervention

Japan spent a record 11.24 trillion yen intervening in the currency market over the past month, Ministry of Finance data showed on Friday.

"We acted decisively because speculative moves had become excessive and did not reflect fundamentals at all," Kenji Moriyama, vice finance minister for international affairs and Japan's top currency diplomat, told reporters in Tokyo on Friday.
"""


def test_a_long_title_after_a_quote_is_still_the_speakers() -> None:
    # Japan, named in the speaker's title, says every word of the quote: its "because" is theirs.
    expect(answered(_INTERVENTION, "why did japan intervene"), "speculative moves")


_WINDFALL = """| 5 November 2025, Wednesday |

Ireland's corporate tax take jumps

The Irish Fiscal Advisory Council warned last week that as much as 15.2 billion euros of this year's corporate tax could be windfall receipts that may not last. "The state is leaning ever harder on a few foreign firms whose tax bills could fall sharply due to changes in US tax rules," the council said.
"""


def test_as_much_as_compares() -> None:
    # "as much as 15.2 billion euros": neither "as" gives a cause.
    expect(answered(_WINDFALL, "why is the fiscal council nervous about relying on this tax"), "US tax rules")


_SHIPYARDS = """| 5 November 2025, Wednesday |

Korean shipyards short of welders

"Securing labour is as urgent as winning new contracts," Trade Minister Yoon Seong-ho told shipbuilders. The ministry estimates the shipyards will be short of about 14,000 skilled workers by 2027 because younger Koreans shun the hot and dangerous work.
"""


def test_as_urgent_as_compares() -> None:
    expect(answered(_SHIPYARDS, "why is securing labour urgent"), "younger Koreans")



def test_an_unmistakable_reason_further_down_outranks_what_merely_goes_on() -> None:
    # ", excluding executive condominiums" in the best sentence is no reason; the sixth sentence's
    # "because several big projects near new MRT stations were priced close to resale levels" is.
    expect(answered("sg_homes", "why did new home sales pick up so much this quarter?"), "MRT stations")


_COAL = """| 14 October 2025, Tuesday |

Indonesia's coal exports slide as China cuts purchases

The Indonesian Coal Producers Forum warned that smaller Chinese purchases of Indonesian coal could force miners in East Kalimantan and South Kalimantan to cut production.

"Chinese utilities are sitting on high stockpiles because hydropower output has been strong this year," said a Jakarta-based analyst.
"""


def test_what_someone_is_forced_to_do_is_no_purpose() -> None:
    # "force smaller miners ... to cut coal production" is what they may be made to do, no purpose.
    expect(answered(_COAL, "why is china buying less coal from indonesia"), "hydropower")


_TRANSFERS = """| 3 November 2025, Monday |

Money sent home hits a record

Transfers from workers abroad jumped 8.1% in October to $4.20 billion, after rising 3.2% in September to $3.88 billion.

Part of the October jump came because migrants hurried to send savings home before a new transfer tax takes effect in January, an economist said.
"""


def test_a_move_before_the_one_asked_is_no_reason_for_it() -> None:
    # "after rising 3.2% in September" says what came before, not why transfers jumped.
    expect(dialog(_TRANSFERS, "how much did transfers jump in october", "why?"), "tax")


_COCOA = """| 4 November 2025, Tuesday |

Cocoa prices seen rising further

Cocoa futures rose 4% to $8,200 a tonne in New York on Monday.

"Prices could climb further in the first quarter as warehouse stocks in Europe have fallen to their lowest in a decade," said Ana Ruiz, an analyst at Rotterdam-based Delta Commodities. She expects cocoa prices to reach $9,000 a tonne by March.
"""


def test_pronoun_led_sentence_has_the_reason_its_speaker_just_gave() -> None:
    expect(answered(_COCOA, "Why could cocoa prices go even higher early next year?"), "warehouse stocks")


_SUGAR = """| 14 October 2025, Tuesday |

Kenya to restore sugar import duty

Kenya will restore the import duty on sugar to 35% from 10% next month, Trade Secretary Peter Odhiambo told reporters in Nairobi.

Odhiambo said the lower rate had failed to lower shop prices because wholesalers kept most of the savings.
"""


def test_a_paragraph_opened_by_the_one_who_announced_it_says_why() -> None:
    expect(answered(_SUGAR, "Why does the trade ministry want to raise the sugar duty?"), "wholesalers kept")


_BID = """| 21 October 2025, Tuesday |

Norrland bank bids for smaller rival

Norrbank offered a premium of 14% for Kustbanken on Monday because a larger balance sheet lets it spread its costs.

"The premium looks thin because Kustbanken shares had already rallied 30% this year on takeover talk," said Maria Berg, an analyst at Umea Securities.
"""


def test_what_the_analyst_reckons_is_what_they_said() -> None:
    expect(answered(_BID, "why does the analyst reckon the premium is too small"), "rallied")


_GUIDANCE = """| 5 November 2025, Wednesday |

Nordvind cuts outlook as orders dry up

Nordvind Energy lowered its full-year outlook on Wednesday after third-quarter orders fell 18% as projects in Asia were delayed.

"The guidance cut is deeper than we expected, as the write-downs come on top of higher steel costs," said Per Holm, an analyst at Odense Markets.
"""


def test_how_far_a_move_went_is_only_how_it_is_asked() -> None:
    expect(answered(_GUIDANCE, "Why does the analyst think the outlook cut was so steep?"), "steel costs")


_STORES = """| 10 October 2025, Friday |

Sakura Mart profit rises on Asian growth

"We are putting more capital into Asia because growth at home is capped by an ageing population," Chief Executive Ken Ito told a briefing in Tokyo. He said the company now aims to open 900 stores overseas this year.
"""


def test_how_hard_something_is_pushed_is_only_how_it_is_asked() -> None:
    expect(answered(_STORES, "Why is the company pushing so hard overseas?"), "ageing population")


_BIG_ORDER = """| 18 November 2025, Tuesday |

Orion Air orders 40 jets despite deeper loss

Orion Air on Tuesday ordered 40 Airbus A321neo jets valued at $6 billion at list prices.

The airline reported a net loss of 80 million euros for the third quarter, wider than a year earlier.

"We are ordering now because delivery slots are sold out until 2030," Chief Executive Anna Berg said.
"""


def test_a_concessive_clause_and_such_only_phrase_the_question() -> None:
    # "such a big" and "when they're losing money" set the order against the loss; the reason
    # for the order need not name either.
    expect(answered(_BIG_ORDER, "why r they placing such a big order now when they're losing money"), "delivery slots")


_YARDS = """| 14 October 2025, Tuesday |

Shipyards struggle to hire as orders boom

Korean shipbuilders won orders for 12 million CGT in the first nine months.

The industry will be short of about 14,000 skilled workers by the end of next year, as younger Koreans shun the hot and dangerous work on the docks.

"Without enough workers on the docks we risk delays, so securing labour is as urgent as winning contracts," the trade minister said.
"""


def test_cant_find_enough_is_being_short_of_them() -> None:
    # "cant" is no word to find; not enough workers is a shortage; "as urgent as" compares, no cause.
    expect(answered(_YARDS, "why cant the shipyards find enough workers"), "shun")


def test_which_is_why_read_on_after_an_answer() -> None:
    result = dialog(_CARS, "What happened to car exports to the US?", "why?")
    expect(result, "cutting their export prices")


_WAGES = """| 18 November 2025, Tuesday |

Garment wage talks stall

Union leaders rejected an offer of 14,600 taka on Sunday.

Garment makers are unable to raise pay this year after buyers cut the prices they pay by 3% to 5%.
"""


def test_cant_is_no_word_to_find() -> None:
    expect(answered(_WAGES, "why cant exporters raise wages"), "buyers cut")


_LATE_CHIPS = """| 21 October 2025, Tuesday |

Carmakers cut shifts as parts run short

Car production fell 4.8% in the third quarter.

Deliveries of power chips from Asia have been delayed by up to 14 weeks due to strong demand from data centre builders, the association said.

Running a plant without chips is costly, the association said.
"""


def test_running_so_late_asks_the_lateness() -> None:
    # "running" only carries "late"; the "so" before it does not make the lateness a mere leaning.
    expect(answered(_LATE_CHIPS, "Why are chip shipments from Asia running so late?"), "data centre")


_RAMP = """| 21 October 2025, Tuesday |

Carmaker slows electric SUV ramp-up

Brnova had planned to build 2,400 Lynx cars a week by December but now expects to reach only about 1,500, its chief executive said. "We cannot finish cars because wiring harnesses are arriving late," he said.

Brnova employs 9,800 people.
"""


def test_hitting_a_weekly_target_is_the_plan_stated() -> None:
    # "had planned to build 2,400 ... a week" is the target, with no "hit" nor "weekly" in it.
    expect(answered(_RAMP, "why can't brnova hit its weekly lynx target?"), "wiring")


_RAIL = """| 19 November 2025, Wednesday |

Rail strike strands grain

Some 9,300 engineers and conductors at two railways stayed off the job for a fifth day on Wednesday, halting most freight traffic across the country.

The union launched the action on Saturday after talks broke down.

"Our members are walking out because the companies want to cut rest periods between shifts," the union's president told reporters.
"""


def test_a_quote_gives_the_reason_for_the_move_its_speakers_make() -> None:
    # ", halting most freight traffic" only goes on; "Our members" are the engineers and conductors.
    expect(answered(_RAIL, "why are the engineers and conductors striking"), "rest periods")
