"""When-questions: which of a sentence's times dates the event asked about."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DIVIDEND = """| 7 May 2025, Wednesday |

Harbour Bank lifts payout

Harbour Bank reported a 3% rise in half-year profit on Wednesday.

The board declared an interim dividend of 86 cents a share, up from 84 cents a year ago, which will be paid on July 3.
"""


def test_the_time_of_a_figure_compared_against_does_not_date_the_event() -> None:
    # "up from 84 cents a year ago" is when the old dividend stood, not when this one is paid
    result = answered(_DIVIDEND, "when do shareholders get the dividend")
    assert result.answered and result.text.startswith("On July 3"), result.text


_PLANT = """| 11 September 2025, Thursday |

Solar maker opens panel factory

Larkspur Solar opened a solar panel factory in the western state of Gujarat on Wednesday, officials said.

The plant at Dholera will make 5 gigawatts of panels a year.

A cell line at the Dholera plant is due to begin production in the first half of next year.
"""


def test_a_past_question_is_not_answered_by_a_time_still_ahead() -> None:
    result = answered(_PLANT, "When did the Dholera plant open?")
    assert result.answered and "next year" not in result.text, result.text


_CURBS = """| 18 September 2025, Thursday |

India extends rice export curbs

India on Wednesday extended curbs on rice exports by six months to the end of March 2026.

The curbs had been due to lapse on Sept. 30, the food ministry said.
"""


def test_what_was_supposed_to_happen_may_still_lie_ahead() -> None:
    result = answered(_CURBS, "When were the curbs originally supposed to expire?")
    assert result.answered and result.text.startswith("On Sept. 30"), result.text


_TERMINAL = """| 22 October 2025, Wednesday |

Port presses ahead with terminal

The port authority is building a container terminal, which will add 4 million TEU of capacity, and dredging work began in March.
"""


def test_a_month_whose_own_clause_is_past_is_not_pushed_to_next_year() -> None:
    expect(answered(_TERMINAL, "When did dredging start on the terminal?"), "March 2025")


_FORECAST_CUT = """| 6 November 2025, Thursday |

Central bank trims outlook

The central bank cut its growth forecast for 2025 to 3.0% from 3.3% on Tuesday.
"""


def test_a_forecast_noun_and_the_level_it_went_to_do_not_put_the_day_ahead() -> None:
    # "forecast for 2025 to 3.0%" is no "forecasts inflation to jump": Tuesday is this week's
    expect(answered(_FORECAST_CUT, "When did the central bank cut its growth forecast?"), "4 November 2025")


_LICENCE = """| 7 September 2025, Sunday |

Vietnam foreign investment climbs

Last month, authorities in Bac Ninh province licensed a $1.2 billion circuit board plant, the largest single foreign project approved so far this year.
"""


def test_the_span_a_record_is_counted_over_does_not_date_the_event() -> None:
    result = answered(_LICENCE, "When did Bac Ninh approve the circuit board plant?")
    assert result.answered and result.text.startswith("Last month"), result.text


_RECORD_BUY = """| 22 October 2025, Wednesday |

Egypt buys wheat

Egypt's state grain buyer bought 420,000 tonnes of wheat in a tender on Tuesday, its biggest single purchase since February 2023.
"""


def test_a_record_asked_about_is_dated_by_its_span() -> None:
    result = answered(_RECORD_BUY, "When was the biggest purchase before this one?")
    assert result.answered and "February 2023" in result.text.split(".")[0], result.text


_REPO_CUT = """| 25 July 2025, Friday |

Turkey's central bank cuts key rate by 250 basis points to 43.5%

Turkey's central bank cut its one-week repo rate by 250 basis points to 43.5% on Thursday, resuming an easing cycle it had halted in the spring.

The lira weakened 0.2% to 40.41 per dollar after the decision.

Gross foreign exchange reserves rose to $158.4 billion in the week to July 18 from $139.2 billion at the end of May, central bank data showed on Thursday, as foreign investors returned to lira assets.

"The smaller-than-expected cut shows the bank is in no hurry," said Selin Aydemir, an economist.
"""


def test_the_day_of_the_news_is_cited_from_the_lead() -> None:
    result = answered(_REPO_CUT, "When did the central bank announce the cut?")
    assert result.answered and result.citations[0].paragraph == 1, (result.text, result.citations)


_FEES = """| 13 November 2025, Thursday |

Airport traffic falls

Passenger numbers at the Duesseldorf hub fell 3.8% in October, the airport operator said on Wednesday.

The state transport ministry approved higher airport fees last month after a long review.

Passenger charges at Duesseldorf would rise by 4.5% from January.
"""


def test_a_present_question_about_a_plan_is_answered_by_a_time_still_ahead() -> None:
    # "When do the fees start?" is not the month they were approved
    result = answered(_FEES, "When do the higher airport fees start?")
    assert result.answered and result.text.startswith("From January (January 2026)"), result.text


_REMITTANCE_TAX = """| 4 November 2025, Tuesday |

Remittances to Mexico jump

Remittances to Mexico rose 8% in September, the central bank said on Monday.

Migrants rushed to send savings home after U.S. lawmakers approved a 1% tax on cash-funded remittance transfers that takes effect in January.
"""


def test_a_rule_that_takes_effect_in_a_month_takes_effect_in_the_next_one() -> None:
    expect(answered(_REMITTANCE_TAX, "when does the new us tax on remittances start"), "January 2026")


_TENDER = """| 22 October 2025, Wednesday |

Egypt buys wheat

Egypt's state grain buyer bought 420,000 tonnes of wheat in a tender on Tuesday, traders said.

The purchase included 240,000 tonnes of Russian wheat for shipment between December 1 and December 20, traders said.
"""


def test_a_cargo_bought_for_shipment_in_a_month_ships_in_the_next_one() -> None:
    expect(answered(_TENDER, "When is the Russian wheat due to be shipped?"), "December 2025")


_MERGER = """| 18 November 2025, Tuesday |

Steelmakers agree to merge

Rheinmark Stahl and Valmeuse Acier agreed on Tuesday to combine in an all-share deal.

Under terms approved by both boards late on Monday, Valmeuse shareholders will receive 0.85 new Rheinmark shares for each Valmeuse share they hold.

The deal needs approval from the European Commission, which is expected to scrutinise the combined group's share of about 28% of the European market for automotive flat steel, as well as from shareholders at extraordinary general meetings planned for February.
"""


def test_a_meeting_planned_for_a_month_is_held_then() -> None:
    # "planned for February" is the date set (next February), not the period a forecast is for
    result = answered(_MERGER, "when do shareholders get to vote on it")
    assert result.answered and result.text.startswith("For February (February 2026)"), result.text


_CONCESSION = """| 18 November 2025, Tuesday |

Port operator extends concession

The port operator said on Tuesday its concession would run until at least 2040.

The operator plans to open a new container terminal in March.

The government said the concession was extended after the operator promised to keep the terminal open until 2045.
"""


def test_the_end_of_a_span_does_not_date_an_event() -> None:
    result = answered(_CONCESSION, "When will the terminal open?")
    assert result.answered and result.text.startswith("In March (March 2026)"), result.text


_KILN = """| 3 June 2025, Tuesday |

Cement sales rise in May

Cement dispatches rose 9% in May, the manufacturers' council said on Monday.

Indus Crown Cement said its dispatches rose 14.2% in May and that it plans to commission a new clinker line at its plant next year.
"""


def test_meant_to_only_asks_when_it_is_due() -> None:
    # "When is the new line meant to start up?": "meant" is the asking, not an average
    result = answered(_KILN, "When is Indus Crown's new clinker line meant to start up?")
    assert result.answered and result.text.startswith("Next year"), result.text


_HARVEST = """| 2 December 2025, Tuesday |

Australia's wheat harvest to shrink

Australia's wheat harvest will fall to 30.1 million tonnes, the government's forecaster said on Tuesday.

"We planted in April into dust and kept waiting for rain that never came," said Tom Keller, who grows wheat near Kimba.

Keller said last week that he had cut some of his paddocks for hay.
"""


def test_sowing_a_crop_is_planting_it() -> None:
    result = answered(_HARVEST, "When did Tom Keller sow his crop?")
    assert result.answered and result.text.startswith("In April"), result.text


_JETS = """| 18 November 2025, Tuesday |

Sahra orders 30 Airbus jets

Sahra Airlines on Tuesday ordered 30 Airbus A321neo jets, with deliveries scheduled to begin in the second half of 2027.

It will retire its six oldest jets by the end of next year, the airline's chief executive said.
"""


def test_jets_arrive_when_their_deliveries_begin() -> None:
    result = answered(_JETS, "when do the first new jets arrive")
    assert result.answered and "2027" in result.text.split(".")[0], result.text


_BREAD = """| 22 October 2025, Wednesday |

Egypt keeps bread price

Egypt's supply minister said on Tuesday the cost of producing a subsidised loaf had risen.

A cabinet committee will review the bread subsidy in March, he added.
"""


def test_taking_another_look_is_a_review() -> None:
    result = answered(_BREAD, "When will the cabinet take another look at the bread subsidy?")
    assert result.answered and result.text.startswith("In March (March 2026)"), result.text


_BONDS = """| 19 November 2025, Wednesday |

Developer wins bond extension

Tianjia Property Group said on Tuesday that creditors had approved an extension of payments on two yuan bonds.

The company must still repay a 1.7 billion yuan bond due in January.
"""


def test_a_bond_due_in_a_month_falls_due_in_the_next_one() -> None:
    expect(answered(_BONDS, "When is the 1.7 billion yuan bond due?"), "January 2026")


_WATCHES = """| 20 November 2025, Thursday |

Swiss watch exports slide

Swiss watch exports fell 4.2% last month, the federation said on Thursday.

Exports to the United States plunged 28.6%, a third straight monthly decline since Washington imposed a 31% tariff on most Swiss goods in August.
"""


def test_a_tariff_is_a_levy() -> None:
    result = answered(_WATCHES, "When did the US levy on Swiss goods kick in?")
    assert result.answered and result.text.startswith("In August"), result.text


_ACID = """| 25 August 2025, Monday |

Uranium miner cuts output plan

Atameken Uranium said on Friday it would cut its production plan for next year by 12%.

It said domestic suppliers would cover only 78% of its needs next year because a new acid plant in Zhanatas has been delayed until 2027.
"""


def test_what_was_put_off_until_a_year_is_now_due_then() -> None:
    # "next year" dates the suppliers' cover; the plant's clause after "because" is its own, and
    # "delayed until 2027" is the plant's new date, not the end of a span
    result = answered(_ACID, "when is the Zhanatas acid plant now expected")
    assert result.answered and result.text.startswith("Until 2027"), result.text


def test_a_move_made_dates_it_over_a_move_seen() -> None:
    # "The NBP's Monetary Policy Council lowered its reference rate ... on Oct. 8", not the
    # headline's "inflation eases to 2.9% in September on cheaper fuel, rate cuts seen slowing"
    result = answered("pl_inflation", "When did Poland's central bank last lower rates?")
    assert result.answered and result.text.startswith("On Oct. 8"), result.text


_OLIVE = """| 20 November 2025, Thursday |

Olive oil prices slide

Prices paid to producers for extra virgin olive oil fell to 3,600 euros per tonne last week, down 42% from a year earlier. Prices hit a record 9,100 euros per tonne in January 2024, when the drought had halved the crop.
"""


def test_an_all_time_high_is_a_record() -> None:
    result = answered(_OLIVE, "When were olive oil prices at their all-time high?")
    assert result.answered and result.text.startswith("In January 2024"), result.text


_ANCHOVY = """| 21 October 2025, Tuesday |

Peru sets anchovy quota

Peru's production ministry on Monday set the catch quota for the second anchovy fishing season at 2.45 million tonnes.

The ministry is also preparing rules to cap the share of juveniles in each landing at 10%, which it plans to publish in December.
"""


def test_to_cap_is_to_limit() -> None:
    result = answered(_ANCHOVY, "When are the rules limiting juvenile catches supposed to come out?")
    assert result.answered and result.text.startswith("In December"), result.text


def test_a_phrasal_verb_asked_means_its_phrase_not_its_verb() -> None:
    # "put out" is "publish": not "The group said last month it had put on hold a planned ..."
    expect(answered("fr_luxury", "When did Orsenne put out its Q3 numbers?"), "Wednesday")


def test_the_end_asked_is_the_time_of_its_own_verb() -> None:
    # "be completed": "expects the consultation to conclude by January 30, 2026", not "save ... by 2027"
    expect(answered("ch_pharma_jobs", "when must the swiss talks with worker reps be completed"), "January 30")


def test_a_plan_asked_is_not_dated_by_past_news() -> None:
    # "expected to rule": still ahead; the day the bid was launched does not date the ruling
    expect(answered("bank_takeover", "when is the european central bank supposed to decide on the offer"), None)


def test_a_month_begun_may_still_hold_the_plan() -> None:
    # "picking would peak in late November", in a story of 6 November: not past
    expect(answered("vn_coffee", "when is the harvest supposed to peak"), "November")


def test_a_bare_quarter_of_a_plan_is_the_one_to_come() -> None:
    # "is expected to close in the second quarter", written in March 2025: April - June 2025, not 2024
    expect(answered("us_retailer", "when is the Almacenes del Valle deal expected to close?"), "second quarter")


_WAIVER = """| 9 October 2025, Thursday |

Cheesemakers seek tariff waiver

Dairy exports to America fell 12% in the first eight months, the Dairy Board said on Wednesday.

Farm Minister Hugo Lindqvist said on Wednesday that the government would seek a waiver for cheese when U.S. trade talks resume in November.
"""


def test_an_initialism_ends_no_sentence_before_a_plans_month() -> None:
    # "would seek a waiver when U.S. trade talks resume in November", said in October: this November
    expect(answered(_WAIVER, "when are the trade talks supposed to resume"), "November 2025")


_LEVY = """| 9 October 2025, Thursday |

Cheese exports slump

Cheese exports to America fell 12% after Washington imposed a 15% tariff on European Union goods from August 1. Shipments to Japan rose.

Brussels hopes to win an exemption for cheese when EU-U.S. trade talks resume in November.
"""


def test_a_body_and_a_country_joined_by_a_hyphen_are_two_names() -> None:
    # "EU-U.S. trade talks" names the EU and the United States, not an "EU-U" the question's "EU" would need
    expect(answered(_LEVY, "When did the US levy on EU goods kick in?"), "August 1")


_SPILLS = """| 21 October 2025, Tuesday |

Regulator fines water company

The regulator fined Avon Water 40 million pounds on Tuesday for sewage spills.

Avon's owners agreed last week to inject 500 million pounds of new equity.

The Environment Agency said on Monday it expected to decide whether to bring prosecutions next year.
"""


def test_a_noun_in_tion_meets_its_verb() -> None:
    # "bring prosecutions" is what "prosecute" asks; "a cash injection" is "to inject"
    expect(answered(_SPILLS, "When did the Environment Agency say it might prosecute?"), "Monday")
    expect(answered(_SPILLS, "when did the owners agree to the equity injection"), "Last week")


_MEETING = """| 31 October 2025, Friday |

Central bank chief warns on currency

The governor of the Bank of Ruritania said on Thursday the bank would watch the currency closely ahead of its next policy meeting on December 18-19.
"""


def test_days_of_a_month_still_to_come_are_this_years() -> None:
    # "its next policy meeting on December 18-19", said in October: December 2025, not 2024
    expect(answered(_MEETING, "when's the next policy meeting"), "December 2025")


_AIRWAVES = """| 15 October 2025, Wednesday |

Spectrum auction falls short

The minister said on Tuesday that the government would offer the unsold 700 MHz airwaves again next year, once the regulator recommends new reserve prices, which it is expected to do in January.
"""


def test_an_expected_plan_is_dated_by_its_own_expectation() -> None:
    # "supposed to": "which it is expected to do in January", not the "next year" of the offer that waits on it
    expect(answered(_AIRWAVES, "when is the regulator supposed to come out with new prices for 700 mhz"), "In January")


_CONTRACT = """| 15 October 2025, Wednesday |

Shipbuilders win orders

Korean yards won orders for 42 ships in the first nine months of 2025, the ministry said on Tuesday.

Two yards are also competing for a Navy contract to repair supply ships, people familiar with the matter said. A decision is expected in December, after one yard completed a first overhaul in April.
"""


def test_an_outcome_without_an_object_is_the_sentence_befores() -> None:
    # "A decision is expected in December" decides the repair contract told just before it
    expect(answered(_CONTRACT, "when's the navy going to decide on the repair deal"), "December")


_TANKS = """| 19 November 2025, Wednesday |

Poland signs tank contract

Poland signed a contract for 180 tanks on Tuesday, the defence ministry said.

The first 36 tanks will be shipped next year, followed by 64 tanks in 2027.

A second contract, covering the remaining 120 tanks, has yet to be signed, and the minister said he expected it in the first half of next year.
"""


def test_a_plan_expected_of_a_pronoun_is_dated_by_that_expectation() -> None:
    # "supposed to be inked": "has yet to be signed ... he expected it in the first half of next year"
    expect(answered(_TANKS, "when is the second contract supposed to be signed"), "first half")
    expect(answered("pl_defence", "when is the follow-up contract supposed to be inked"), "first half")


_WHEAT_WINDOW = """| 22 October 2025, Wednesday |

State buyer purchases wheat

The state grain buyer bought 420,000 tonnes of wheat in a tender on Tuesday, traders said.

The wheat is for shipment between December 1 and 20, according to traders.
"""


def test_days_of_one_month_joined_by_and_are_a_span() -> None:
    # "between December 1 and 20": the whole window, not its first day alone
    expect(answered(_WHEAT_WINDOW, "when is the wheat due to be shipped"), "1 – 20 December 2025")
    expect(answered(_WHEAT_WINDOW.replace("and 20", "and December 20"), "when is the wheat due to be shipped"), "1 – 20 December 2025")


def test_a_thing_the_sentence_leaves_to_the_story_does_not_keep_the_move_from_it() -> None:
    # "after New Delhi raised its nutrient-based subsidy rates in March" in a fertilizer story raises
    # the fertilizer subsidy; "price for DAP rose ... in the third quarter, helped by" raises no subsidy
    expect(answered("ma_phosphate", "When did India bump up its fertilizer subsidy?"), "In March")


_TIMETABLE = """| 19 November 2025, Wednesday |

Utility agrees plan to shut coal plants

Norvik Energy agreed with unions on Tuesday to close all 12 of its coal plants by 2040.

The first three plants will close by the end of 2027, followed by five more by 2033 and the last four, including two on the coast, by 2040, according to the agreement.
"""


def test_the_word_that_picks_a_part_of_a_timetable_dates_that_part() -> None:
    # "the last four, including two on the coast, by 2040", not the first three's end of 2027
    expect(answered(_TIMETABLE, "By when is the last plant supposed to shut?"), "By 2040")
    expect(answered(_TIMETABLE, "By when will the first plants close?"), "By the end of 2027")


_LEVY_BILL = """| 22 October 2025, Wednesday |

Coffee levy bill nears final vote

Parliament is debating a bill that would replace the flat coffee levy with a charge on auction value.

The bill passed its second reading in the National Assembly last month and is due for a final vote before the end of November.
"""


def test_mps_are_the_parliament_that_votes() -> None:
    # "MPs" is no name the article leaves out: its "National Assembly" holds the vote
    expect(answered(_LEVY_BILL, "When are MPs expected to hold the final vote on the coffee bill?"), "before the end of November")


_DUTY = """| 4 November 2025, Tuesday |

Silver imports jump after duty cut

India's silver imports rose 40% in October, trade data showed on Monday.

The government cut the basic import duty on silver to 5% from 12% in July 2024, a move that lifted official inflows.

Bullion dealers have asked the finance ministry to lower it further to 3% in the federal budget due on February 1.
"""


def test_what_a_light_verb_brings_is_the_fact_asked() -> None:
    # "the budget that might bring the lower duty": the budget "due on February 1", where no word
    # says "bring"; not the cut of July 2024
    expect(answered(_DUTY, "When's the budget that might bring the lower duty?"), "February 1")


_TRIAL_RUN = """| 22 October 2025, Wednesday |

Chipmaker opens packaging plant

Halvern Microdevices opened a chip packaging plant in Kedah on Tuesday.

Local suppliers will provide about 35% of the plant's materials by 2027, up from 12% when trial production began in March.
"""


def test_a_past_when_clause_in_a_sentence_about_the_future_keeps_its_month_past() -> None:
    # "will provide ... by 2027, up from 12% when trial production began in March": this March, not next
    expect(answered(_TRIAL_RUN, "When did trial production begin at the plant?"), "March 2025")



def test_a_start_asked_of_the_lead_is_the_day_the_span_began() -> None:
    # "will extend its suspension of rice imports until Dec. 31 ..., prolonging a 60-day ban that
    # began on Sept. 1": the lead's first day ends the span; the question asks its start
    expect(answered("ph_rice", "When did the rice import suspension first take effect?"), "Sept. 1")
    expect(answered("ph_rice", "when did the ban on rice imports first kick in"), "Sept. 1")


_STRIKE = """| 22 October 2025, Tuesday |

Copper mine strike drags on

Workers at the Corvara copper mine extended their walkout into a second week on Tuesday, cutting output to a fifth of normal.

The union wants a 9% pay rise, while the company has offered 4%.

The previous collective agreement expired in March.

The mine produced 310,000 tonnes of copper last year.
"""


def test_a_date_told_apart_from_the_lead_beats_the_leads_day() -> None:
    # the lead's Tuesday dates the walkout's extension, not the end of the old pay deal
    expect(answered(_STRIKE, "When did the old wage deal run out?"), "In March")


_COMPENSATION = """| 16 September 2025, Tuesday |

Frost cuts hazelnut crop

Turkey's hazelnut harvest will fall by a third this year after a severe spring frost.

Deputy Minister Kemal Aydin told reporters on Monday that the government would pay growers 8 billion lira in compensation money. Payments are due to start in October, he said.
"""


def test_the_next_sentence_of_the_best_paragraph_dates_what_it_says() -> None:
    # "on Monday" is when the minister spoke; the payments' own time follows in his paragraph
    expect(answered(_COMPENSATION, "When are growers supposed to start getting the compensation money?"), "In October")


_BID = """| 21 October 2025, Tuesday |

Bank bids for rival

Banca Orvieto launched a 2 billion euro takeover offer for smaller rival Banca Lunense on Monday.

Orvieto is offering 0.9 of its own shares for each Lunense share.

Banca Lunense said its board would meet on Thursday to examine the offer.
"""


def test_the_leads_day_does_not_date_what_the_lead_lacks() -> None:
    # the lead names the offer, not the directors' meeting that has a day of its own
    expect(answered(_BID, "when are lunense's directors getting together to look at the offer"), "On Thursday")


_BID_DAY = """| 21 October 2025, Tuesday |

Bank bids for rival

Banca Orvieto, Italy's sixth-biggest bank by assets, launched a 2 billion euro ($2.3 billion) cash-and-share takeover offer for smaller rival Banca Lunense on Monday.

The lender is offering 0.9 new Orvieto shares for each Lunense share, a premium of 20% to Friday's close. Lunense shares jumped 14% on Monday, while Orvieto's stock fell 3%.
"""


def test_the_lead_tells_the_day_it_shares_with_a_later_sentence() -> None:
    # both say Monday; the bid is the lead's news, not the share moves below it
    result = answered(_BID_DAY, "When did Orvieto go public with the bid?")
    assert result.answered and result.text.startswith("On Monday") and result.citations[0].paragraph == 1, result.text


_GREEN_BOND = """| 22 October 2025, Wednesday |

Oman sells bonds as deficit widens

Oman raised $4.5 billion from a dollar bond sale on Tuesday, its debt office said.

Orders peaked at more than $12 billion.

In May, Oman sold its debut green bonds, raising 900 million euros to finance solar and wind projects in the Dhofar and Al Wusta governorates.
"""


def test_issuing_debt_is_no_telling_and_an_opening_time_dates_its_clause() -> None:
    # "issue" debt is not "say" (the lead's day dates its own sale), and "In May," dates "Oman sold",
    # not a clause of the provinces after it
    expect(answered(_GREEN_BOND, "When did Oman issue its first green debt?"), "In May")


_RATE_CUT = """| 14 November 2025, Friday |

Mexico's central bank trims rate to 7%

Mexico's central bank cut its benchmark interest rate by 25 basis points to 7.00% on Thursday.

Gross domestic product shrank 0.3% in the July-September quarter, according to a preliminary estimate released last month, and the bank's rate cut came as the slump deepened.
"""


def test_a_release_naming_no_one_asked_is_anothers_news() -> None:
    # "an estimate released last month" names no teller, and not the bank asked about
    expect(answered(_RATE_CUT, "When did Banxico announce the rate cut?"), "On Thursday")


_WIND_TENDER = """| 5 November 2025, Wednesday |

Turbine maker to cut 1,400 jobs

Danish wind turbine maker Havborg Wind said on Wednesday it would cut about 1,400 jobs as U.S. offshore orders dried up.

Denmark's Ministry of Climate, Energy and Utilities said on Monday it would relaunch a 3 gigawatt offshore wind tender next spring, after an auction in December 2024 drew no bids.
"""


def test_the_asked_places_own_body_tells_its_news() -> None:
    # "Denmark's Ministry" is the Danish government's: its "said on Monday" is no other's news
    expect(answered(_WIND_TENDER, "When did the Danish govt say it would rerun the offshore wind auction?"), "On Monday")


def test_the_asked_tellers_sentence_is_dated_by_its_telling_day() -> None:
    # "said on Monday it would relaunch a tender ..., after an auction in December 2024 drew no
    # bids": asked when it was said, the day it was said, not the auction's date nor the lead's day
    expect(answered("dk_turbines", "When did the Danish govt say it would rerun the offshore wind auction?"), "On Monday")


_RIGHTS_ISSUE = """| 5 November 2025, Wednesday |

Turbine maker plans share sale

Danish wind turbine maker Havborg Wind said on Wednesday it would cut about 1,400 jobs as U.S. offshore orders dried up.

The company also plans to raise up to 4 billion crowns through a rights issue in the first quarter of next year, subject to approval at an extraordinary general meeting on December 3, to help fund a new offshore turbine.

The government said it would relaunch an offshore wind tender with state support of up to 55 billion crowns, after an auction in December 2024 drew no bids.
"""


def test_the_deed_asked_is_dated_by_its_own_time_not_its_objects() -> None:
    # shareholders vote at a general meeting; "a rights issue in the first quarter" dates the issue,
    # and "state support" for a tender held in December 2024 is no vote
    expect(answered(_RIGHTS_ISSUE, "When do shareholders vote on the rights issue?"), "On December 3")


_MILL_CLOSURE = """| 19 November 2025, Wednesday |

Paper maker to halt mill

Nordkap Paper said on Monday it would halt its Kemi pulp mill from Thursday, cutting output by about 9,000 tonnes a week.

The company's shares fell 3% on Tuesday.
"""


def test_a_weekday_of_what_one_would_do_follows_the_day_it_was_said() -> None:
    # "said on Monday it would halt ... from Thursday", in a Wednesday story: the Thursday after
    # that Monday (tomorrow), not the one the week before
    expect(answered(_MILL_CLOSURE, "When will the paper maker halt the mill?"), "20 November 2025")


def test_start_before_a_deed_asks_when_it_runs_not_a_kind_of_it() -> None:
    # "start paying out": when the paying runs ("to be disbursed ... from May"), not a "start"
    # kind of pay the story never names
    expect(answered("th_sugar", "when does the state bank start paying out the drought loans"), "May")
