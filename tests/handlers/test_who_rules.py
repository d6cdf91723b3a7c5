"""Who the article ties to what was asked, and yes/no answered only when the article states it."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_BANK = """| 14 May 2025, Wednesday |

Harbour Bank profit edges up as bad loans climb

Harbour Bank reported a 3.1% rise in half-year profit on Wednesday, helped by higher lending margins.

Total provisions for bad loans rose to A$2.4 billion.

"Profit held up, but the bad debt line is the worry because business stress spreads quickly," said Lena Marsh, banking analyst at Perth-based Coral Securities.
"""


def test_a_quotation_names_its_speaker_though_the_question_words_it_otherwise() -> None:
    # "flagged ... as the main concern" is not in the quotation, which says "the worry"
    result = answered(_BANK, "Which analyst flagged bad debts as the main concern?")
    assert result.answered and result.text.startswith("Lena Marsh"), result.text


_COCOA = """| 16 June 2025, Monday |

Cocoa arrivals slow as rain delays harvest

Farmers delivered 438,000 tonnes of cocoa to the ports between April 1 and June 15, down 6.8% from a year earlier, exporters estimated on Monday.

"The market is caught between a smaller crop and weak demand," said Sarah Lindqvist, soft commodities analyst at Harbour Street Commodities. She forecast a global surplus of 142,000 tonnes in the 2024/25 season.
"""


def test_she_is_the_person_named_before_her_in_the_paragraph() -> None:
    result = answered(_COCOA, "who's the analyst calling a cocoa surplus")
    assert result.answered and result.text.startswith("Sarah Lindqvist"), result.text


_CEMENT = """| 2 June 2025, Monday |

Cement sales slip at home as exports jump

Cement dispatches rose 9.6% to 4.12 million tonnes in May, the manufacturers' council said on Monday.

A 50-kg bag of cement sold for an average of 1,447 rupees in the north in May, according to weekly price data from the Pakistan Bureau of Statistics.
"""


def test_who_collects_the_data_is_the_body_the_figures_are_cited_to() -> None:
    # "retail" is not in the text, and nothing there "collects"; the data are "from" the bureau
    result = answered(_CEMENT, "Who collects the retail price data for cement bags?")
    assert result.answered and result.text.startswith("Pakistan Bureau of Statistics"), result.text


_CANE = """| 23 October 2025, Thursday |

Cane crush drops as drought bites

Mills crushed 38.6 million tonnes of cane in the first half of October, down 9.4% from a year earlier, industry association Anacana said on Wednesday.

Rainfall in the main cane areas was 58% below the historical average, according to weather consultancy Agroclima.

"The cane is reaching the mills thinner because the fields went four months without rain," said Luciana Ferraz, technical director at Anacana.

"We will close the season with 10% less cane than we budgeted," said Marcelo Duarte, chief executive of Cosmar Bioenergia.

Mortgage lender Harwell Building Society cut its rates, said Priya Dhillon, chief economist at Harwell.
"""


def test_the_person_whose_role_ties_them_to_the_body_the_question_describes() -> None:
    # "industry body": "industry association Anacana"; nothing in the text "explained"
    result = answered(_CANE, "who at the industry body explained why the cane is smaller")
    assert result.answered and result.text.startswith("Luciana Ferraz"), result.text
    # "the lender": "mortgage lender Harwell Building Society", whose chief economist she is
    result = answered(_CANE, "Who is the lender's top economist?")
    assert result.answered and result.text.startswith("Priya Dhillon"), result.text


def test_a_body_described_but_no_one_there_holding_the_post_asked_is_no_answer() -> None:
    result = answered(_CANE, "Who is the president of the industry association?")
    assert "Ferraz" not in result.text, result.text


_BASE = """| 18 November 2025, Tuesday |

Sahra Airlines orders 40 Airbus jets

Sahra Airlines ordered 40 Airbus A321neo jets on Tuesday, the Jeddah-based carrier said.

The carrier has applied to the civil aviation authority for permission to open a second operating base in Dammam, and expects a decision in the first quarter of 2026.
"""


def test_applied_for_permission_is_not_yet_signed_off() -> None:
    result = answered(_BASE, "has the govt already signed off on the dammam base")
    assert result.answered and result.text.startswith("No, not yet.") and "applied" in result.text, result.text


_WAGES = """| 12 March 2025, Wednesday |

Argentina's inflation slows to 2.3% in February

Argentina's monthly inflation slowed to 2.3% in February from 3.1% in January, the statistics agency said on Wednesday.

Registered salaries rose 3.4% in January, the agency said, outpacing the 3.1% rise in prices that month.
"""


def test_outpacing_is_beating() -> None:
    result = answered(_WAGES, "did wages beat inflation in january?")
    assert result.answered and result.text.startswith("Yes.") and "3.4%" in result.text, result.text


_JOBS = """| 16 October 2025, Thursday |

Australian jobless rate edges up

Underemployment, which tracks workers who want to work more hours than they are getting, fell to 5.9% from 6.3% the previous month. That pulled the broader underutilisation rate, which combines unemployment and underemployment, down to 10.0%.
"""


def test_a_long_which_aside_does_not_part_the_thing_from_its_move() -> None:
    result = answered(_JOBS, "Did underemployment go up?")
    assert result.answered and result.text.startswith("No.") and "5.9%" in result.text, result.text


_FISHMEAL = """| 21 October 2025, Tuesday |

Peru's fishmeal output climbs

Fishmeal output rose 34.2% in January-September from a year earlier to 1.18 million tonnes, the Andean Fisheries Society said last week.

Fishmeal exports to China jumped 27.5% in the first nine months to 812,000 tonnes, Puno Customs Office data showed.
"""


def test_the_body_that_said_the_figures_put_them_out() -> None:
    result = answered(_FISHMEAL, "Who put out the fishmeal output numbers?")
    assert result.answered and result.text.startswith("Andean Fisheries Society"), result.text


_SALE = """| 4 November 2025, Tuesday |

Lakeshore Bank cuts dividend, sells Canadian unit

Lakeshore Bank cut its quarterly dividend to 18 cents a share on Tuesday.

Separately, Lakeshore Bank agreed to sell its Canadian equipment-finance portfolio, valued at about C$1.9 billion, to Montreal-based Laurentide Capital Partners.
"""


def test_the_buyer_is_the_one_it_is_sold_to() -> None:
    result = answered(_SALE, "Who is buying the Canadian equipment-finance book?")
    assert result.answered and result.text.startswith("Laurentide Capital Partners"), result.text

    result = answered(_SALE, "Which firm is buying the Canadian equipment-finance portfolio?")
    assert result.answered and result.text.startswith("Laurentide Capital Partners"), result.text


_CLEARANCE = """| 21 October 2025, Tuesday |

Maison Verlaine sales beat forecasts

Maison Verlaine's third-quarter sales rose 4.1% to 2.3 billion euros, the Paris-based group said on Tuesday.

The group is still awaiting clearance from Italy's competition authority for its 410 million euro purchase of Florence-based shoemaker Calzaturificio Bellandi, announced in July.
"""


def test_who_signs_off_is_whom_the_clearance_is_from() -> None:
    result = answered(_CLEARANCE, "Who still has to sign off on the Bellandi takeover?")
    assert result.answered and result.text.startswith("Italy's competition authority."), result.text


_GOLD = """| 21 October 2025, Tuesday |

Ghana's gold earnings jump 61%

Ghana's gold export earnings rose 61.3% in the first nine months of 2025, the central bank said on Tuesday.

"The cedi's recovery this year is because we are capturing gold that used to leave the country," Bank of Ghana Governor Kwame Asante-Darko told reporters in Accra.

GoldBod chief executive Efua Sarpong-Addo said the board aimed to buy 60 tonnes of gold next year.
"""


def test_the_boss_of_a_central_bank_is_its_governor() -> None:
    result = answered(_GOLD, "who's the boss of the central bank?")
    assert result.answered and result.text.startswith("Kwame Asante-Darko"), result.text


_COMBINED = """| 4 November 2025, Tuesday |

Rheinmark and Valmeuse agree steel merger

German steelmaker Rheinmark Stahl AG and Belgium's Valmeuse Acier SA agreed on Tuesday to combine in an all-share deal, Rheinmark Chief Executive Katrin Vossberg said.

Vossberg will be chief executive of the combined group, while Valmeuse CEO Philippe Delcourt will become her deputy and head of the flat steel division.
"""


def test_the_boss_to_be_is_who_will_take_the_post_not_who_holds_it_now() -> None:
    result = answered(_COMBINED, "Who's going to be the boss of the combined firm?")
    assert result.answered and result.text.startswith("Katrin Vossberg"), result.text


_DELAYS = """| 18 November 2025, Tuesday |

Atlantic Keel wins $12.6 billion Navy deal

Atlantic Keel Shipbuilding Corp said on Monday it had won a $12.6 billion contract from the U.S. Navy.

The contract comes as Atlantic Keel struggles with delays on earlier ships. The lead frigate is running 26 months behind schedule due to design changes, the Government Accountability Office said in a report last month.
"""


def test_a_sentence_with_no_source_leaves_it_to_the_next() -> None:
    result = answered(_DELAYS, "who reported the delays on the earlier ships")
    assert result.answered and result.text.startswith("Government Accountability Office"), result.text


_LITHIUM = """| 29 October 2025, Wednesday |

Chilean lithium producer's sales climb

Litio Altiplano SA sold 58,300 tonnes of lithium carbonate equivalent in the July-September quarter, the Santiago-based company said on Wednesday.

In May, Litio Altiplano signed a partnership with state miner Empresa Nacional de Mineria (ENAMI) to develop the Salar de Piedra Blanca in the Atacama region.
"""


def test_partnering_is_the_partnership_signed() -> None:
    expect(answered(_LITHIUM, "Who is Litio Altiplano partnering with?"), "Empresa Nacional de Mineria")


def test_state_owned_asks_no_state() -> None:
    result = answered(_LITHIUM, "Which state-owned company is it partnering with?")
    assert result.answered and not result.text.startswith("Atacama") and "Empresa Nacional de Mineria" in result.text, result.text


def test_the_boss_of_a_cooperative_whose_sums_are_in_nz_dollars() -> None:
    # "NZ$" names no body that could outrank the cooperative the story is about
    article = """| 12 November 2025, Wednesday |

New Zealand dairy cooperative lifts milk price forecast

New Zealand's Aotea Dairy Cooperative on Wednesday raised its milk price forecast to NZ$10.40 per kilogram from NZ$10.00.

"Demand has been firmer than we expected," chief executive Hamish Tolley told reporters.

The cooperative paid NZ$9.65 last season, and NZ$1.2 billion went to farmers in September.

Aotea's board will decide on the interim dividend in March, when it pays out NZ$0.15 a share.

  • Reuters
"""
    expect(answered(article, "who runs Aotea?"), "Hamish Tolley")


_APPROVAL = """| 23 April 2025, Wednesday |

Coolibah waits for mine approval

Coolibah Resources is still waiting for the Western Australian government to approve its Wirrilla Creek mine, Chief Executive Fiona Castellano said.

The state's Environmental Protection Authority recommended approval last month, and Castellano said she expected the state environment minister to sign off by September.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the post is named, its holder is not: not the chief executive who spoke of it, nor a body
        ("Who is WA's environment minister?", None),
        ("who is coolibah's chief executive?", "Fiona Castellano"),
    ],
)
def test_a_post_asked_is_held_by_a_person_of_that_title(question: str, expected: str | None) -> None:
    expect(answered(_APPROVAL, question), expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "which firm": the body the plant is "run by", never a chief executive, though to run is to head
        ("which firm will run the assembly plant in poland", "Krajowa Grupa Zbrojeniowa"),
        ("who heads hanseong", "Park Jae-hoon"),
    ],
)
def test_which_firm_asks_a_body(question: str, expected: str) -> None:
    expect(answered("pl_defence", question), expected)


_SPIRITS = """| 9 October 2025, Thursday |

Cognac shipments slump

Cognac shipments fell 21.4% to 98.6 million bottles in the 12 months to August, the Cognac trade body BNIC said last week.

"Our two biggest markets are shrinking at the same time," Mathilde Ferrand, director general of the BNIC, said on Tuesday.
"""


def test_a_boss_is_a_director_general_too() -> None:
    # "boss" is no word of "director general", which is what a state or trade body's boss is called
    expect(answered(_SPIRITS, "who's the boss of the cognac trade body"), "Mathilde Ferrand")



_YEN = """| 9 October 2025, Thursday |

Yen slides past 150 per dollar

The yen fell to 151.2 per dollar on Thursday as the Bank of Japan kept interest rates on hold.

BOJ Governor Takeshi Omura said on Thursday the central bank would watch the impact of the weak yen on prices.
"""


def test_an_acronym_that_keeps_the_of_is_the_body_spelt_out() -> None:
    # "BOJ" is the Bank of Japan's, so "BOJ Governor" is no title of another body
    expect(answered(_YEN, "Who heads the Bank of Japan?"), "Takeshi Omura")


_OIL = """| 11 November 2025, Tuesday |

Petrocol profit drops as exploration feud with government deepens

Colombia's state-controlled oil company Petrocol said on Monday its third-quarter net profit fell 18.4% to 2.34 trillion pesos.

The drilling plans have put Petrocol at odds with the government, which has not signed any new oil and gas exploration contracts since 2022. Mines and Energy Minister Laura Cifuentes said on Friday that the company should instead put its money into solar and wind projects.

"Every peso Petrocol spends looking for new oil is a peso we are not investing in the energy transition, and the country cannot keep betting on a business that is in decline," Cifuentes told reporters in Bogota.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the story's one minister, whose own words hold two of the question's ("looking for new oil")
        ("Which minister wants the company to stop hunting for oil?", "Laura Cifuentes"),
        # ... but "oil" alone is no tie, nor "contracts" to "decline" (to contract is to fall)
        ("Which minister approved the oil contracts?", None),
        ("Which minister resigned last week?", None),
    ],
)
def test_the_one_holder_of_the_post_asked_whose_words_the_question_rewords(question: str, expected: str | None) -> None:
    expect(answered(_OIL, question), expected)


_WATCHDOG = """| 4 November 2025, Tuesday |

Irish corporate tax take jumps 38% as fiscal watchdog sounds alarm

Ireland's corporate tax receipts jumped 38.2% to 7.46 billion euros in October, Department of Finance data showed on Tuesday.

The Irish Fiscal Advisory Council warned last week that as much as 15.2 billion euros of this year's corporate tax could be windfall receipts. "The state is leaning ever harder on a few foreign firms," said Aoife Brennan, the council's chair.

"Monthly figures are lumpy," said Conor Walsh, chief economist at Liffey Capital Markets.
"""


def test_the_body_by_the_noun_its_name_ends_with() -> None:
    # "the council's chair" chairs the Irish Fiscal Advisory Council, which a watchdog is
    expect(answered(_WATCHDOG, "Who chairs the fiscal watchdog?"), "Aoife Brennan")


_PLANT_LOANS = """| 29 October 2025, Wednesday |

Atlas Phosphates lifts revenue 18%

Morocco's Atlas Phosphates Group said on Tuesday its revenue rose 18.4% in the first nine months of 2025 to 78.6 billion dirhams.

On Monday the board approved an 11.9 billion dirham investment in a new fertilizer plant at the Jorf Lasfar industrial complex.

Chief financial officer Nadia El Fassi said the group was still in talks with lenders including the African Development Bank and Germany's KfW to finance about 40% of the plant's cost, and expected to sign the loans by the end of the first quarter.
"""


def test_borrowing_is_from_lenders_and_paying_for_is_financing() -> None:
    expect(answered(_PLANT_LOANS, "who are they borrowing from to pay for the new plant"), "African Development Bank")


_OLIVERA = """| 21 October 2025, Tuesday |

Uruguay beef exports fall

Foreign Minister Sebastián Olivera said on Monday he expected the agreement to be signed in the first quarter of 2026.

"The U.S. agreement is our top priority because it gives our producers a stable, high-paying market," Olivera told reporters in Montevideo.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "..., Olivera told reporters": the Foreign Minister the story named him as is speaking
        ("whats the foreign minister's top priority", "U.S. agreement"),
        ("what's the trade minister's top priority?", None),
    ],
)
def test_a_person_named_alone_speaks_in_the_role_the_story_gave(question: str, expected: str | None) -> None:
    expect(answered(_OLIVERA, question), expected)


_STEEL_DUTY = """| 12 May 2025, Monday |

Steel imports climb after duty cut

Steel imports rose 18% in April from a year earlier, trade data showed on Monday.

India cut the import duty on flat steel to 5% from 10% in February. The Federation of Metal Traders has asked the trade ministry to lower it further to 2.5% in the next budget.
"""


def test_the_one_asking_is_the_lobbyist_not_the_one_asked() -> None:
    # "has asked the trade ministry to lower it": lobbying is asking, and the ministry is asked
    result = answered(_STEEL_DUTY, "Who is lobbying for a further cut in the steel duty?")
    assert result.answered and result.text.startswith("Federation of Metal Traders"), result.text


_AID = """| 20 November 2025, Thursday |

Mills shut as duties bite; Ottawa unveils aid

Lumber producers have announced closures at 14 sawmills since August, an industry group said.

In Ottawa, Industry Minister Mary Okoro on Wednesday announced a C$1.2 billion aid package for the sector.

"This money is a bridge to keep viable companies going," Okoro told reporters. She said a complaint at the World Trade Organization, which Okoro said would be filed "within weeks", was ready.
"""


def test_a_quoted_surname_is_the_person_named_in_full() -> None:
    # "Okoro told reporters" speaks as the minister named in full, not as some body called Okoro
    result = answered(_AID, "Which minister rolled out the support money?")
    assert result.answered and result.text.startswith("Mary Okoro"), result.text


_TEA_LEVY = """| 22 October 2025, Wednesday |

Black tea prices rise at auction

Prices of black tea rose 4% at the weekly auction on Tuesday, brokers said.

Parliament is debating a bill that would scrap the flat tea levy and replace it with a charge on auction value.

Agriculture Minister Daniel Mwangi said on Monday he supported the new levy because the flat one was unfair to smallholders.

Trade Minister Ruth Achieng said the new levy would hurt black tea exporters.
"""


def test_a_word_the_lexicon_knows_is_no_typo_of_the_articles_word() -> None:
    # "backing" is support, not "blacking" a letter away from the story's "black tea"
    result = answered(_TEA_LEVY, "which minister is backing the new levy")
    assert result.answered and result.text.startswith("Daniel Mwangi"), result.text


_MINE_DEAL = """| 19 November 2025, Wednesday |

Government and unions agree to shut coal mines by 2045

The government and the main mining unions agreed on Tuesday to close all 21 state coal mines by 2045, Industry Minister Tomasz Wrobel said. The state will pay 31.4 billion zlotys in subsidies to the mines under the deal.

"We signed because this schedule gives every miner certainty of a job," said Jaroslaw Kubiak, head of the mining secretariat of the Solidarity union. About 8,000 miners protested in Warsaw in March.

The agreement does not cover coking coal mines run by listed producer JSW, as the European Union classifies coking coal as a critical raw material.
"""


def test_the_words_before_guy_say_which_person_is_quoted() -> None:
    # "the union guy": the one person whose post names a union, not the European Union's sentence
    result = answered(_MINE_DEAL, "who's the union guy quoted on the deal")
    assert result.answered and result.text.startswith("Jaroslaw Kubiak"), result.text


_CURFEW = """| 4 March 2025, Tuesday |

City extends night curfew to end of March

The city will extend its night curfew on bars until March 31, Mayor Elena Ruiz said on Monday, prolonging a ban that began in January.

"Owners are losing money every weekend because of the curfew," said Pablo Marin, chair of the Bar Owners Association, which is based in the old town.
"""


def test_a_thing_that_runs_to_a_date_lasts_nobody_runs_it() -> None:
    # "would run to": the curfew lasting, not a chair's title to prefer over the mayor who said it
    result = answered(_CURFEW, "who announced that the curfew would run to the end of March?")
    assert result.answered and result.text.startswith("Elena Ruiz"), result.text


_UNION_CHAIR = """| 18 November 2025, Tuesday |

Swedish battery maker Nordcell cuts 1,150 jobs

Nordcell said on Tuesday it would cut 1,150 jobs and delay its planned factory by two years.

"Our members are paying the price for management's bet on a single big customer," said Anders Nystrom, chairman of the union's Vasteras branch.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the title asked, held at another body than the one asked
        ("Who chairs Nordcell's board?", None),
        ("who chairs the union branch?", "Anders Nystrom"),
    ],
)
def test_a_quoted_speakers_title_at_another_body_is_not_the_one_asked(question: str, expected: str | None) -> None:
    expect(answered(_UNION_CHAIR, question), expected)


_BID = """| 21 October 2025, Tuesday |

Harwood Bank bids 2 billion pounds for rival Kestrel Bank

Harwood Bank launched a 2 billion pound takeover offer for smaller rival Kestrel Bank on Monday.

Kestrel Bank shares jumped 12% on Monday, while Harwood Bank shares fell 2%.

"This deal gives us the scale we need," Chief Executive Alan Crane told analysts on a call.

Kestrel Bank said its board would meet on Thursday to examine the offer from Harwood Bank.

Kestrel Bank has 210 branches, mainly in the north of England.
"""


def test_a_bare_chief_executive_heads_the_body_the_lead_opens_with() -> None:
    # bidder and target are both in the headline; the lead opens with the bidder, though the story
    # names the target more often
    result = answered(_BID, "Who's the boss at Harwood?")
    assert result.answered and result.text.startswith("Alan Crane"), result.text


_TAKEOVER = """| 21 October 2025, Tuesday |

Banca Serena bids 3 billion euros for rival Credito Vallara

Banca Serena launched a 3 billion euro cash-and-share takeover offer for smaller rival Credito Vallara on Monday.

The Turin-based lender is offering 0.85 new Serena shares plus 1.20 euros in cash for each Credito Vallara share.

Genoa-based Credito Vallara, which has 300 branches, said its board would meet on Thursday. Its biggest shareholder, the Fondazione Cassa dei Porti, which holds 9.5% of the bank, said it would study the offer.

"The premium looks thin because Vallara's shares had already rallied 30% this year," said Anna Conti, analyst at Rialto Securities.
"""


def test_an_italian_name_keeps_its_dei_and_its_bank_is_called_by_its_last_word() -> None:
    # "Fondazione Cassa dei Porti" is one name; "Vallara's shares" is Credito Vallara's
    result = answered(_TAKEOVER, "who owns the biggest chunk of vallara")
    assert result.answered and result.text.startswith("Fondazione Cassa dei Porti"), result.text


def test_an_amount_for_each_share_is_the_one_said_for_each_share_not_the_bid_total() -> None:
    # neither the 3 billion euro total, nor 1.20 euros divided by the 0.85 share ratio
    result = answered(_TAKEOVER, "whats Serena offering for each Vallara share")
    assert result.answered and "1.20 euros in cash" in result.text and "computed" not in result.text, result.text


_OMAN_BONDS = """| 22 October 2025, Wednesday |

Oman sells $3 billion of bonds

Oman raised $3 billion from a dollar bond sale on Tuesday, its Debt Management Unit (DMU) said.

Orders peaked at more than $12 billion, said Khalid Rahbi, a chief investment officer at Muscat-based Falaj Capital.

"The proceeds will fund general budget needs," Salim Harthy, chief executive of the DMU, told reporters in Muscat on Wednesday.
"""


def test_an_office_asked_is_no_typo_of_the_articles_officer() -> None:
    # "office" is a word of its own, though the article writes only "officer"
    result = answered(_OMAN_BONDS, "who runs the debt office")
    assert result.answered and result.text.startswith("Salim Harthy"), result.text


_ROBOTS = """| 13 November 2025, Thursday |

Japanese robot maker Kanto Robotics lifts outlook

Kanto Robotics said on Thursday its orders rose 12% in the July-September quarter.

Japan's Ministry of Economy, Trade and Industry (METI) last month pledged 100 billion yen in subsidies for factory automation.

"Margins should keep improving, but a slowdown in U.S. auto investment is the biggest risk," said Yuki Harada, senior analyst at Minato Securities.
"""


def test_a_ministry_named_with_a_list_is_one_name_not_an_industry_of_its_own() -> None:
    # "Trade" and "Industry" cut from METI's name would be names the question's "industry" asks about
    result = answered(_ROBOTS, "Which analyst flagged US car industry spending as a risk?")
    assert result.answered and result.text.startswith("Yuki Harada"), result.text


_ROBOT_MAKER = """| 13 November 2025, Thursday |

Kanto Robotics orders jump on China demand

Kanto Robotics Corp said on Thursday its orders rose 18% in the July-September quarter to 167 billion yen.

Operating profit climbed 26% to 24.7 billion yen, beating the average estimate of eight analysts.

The Sendai-based company shipped 11,380 robots in the quarter. It is also buying Stuttgart-based machine-vision maker Optikon GmbH.
"""


def test_the_home_of_the_storys_own_company_is_where_the_based_company_sentence_puts_it() -> None:
    # "The Sendai-based company" names no Kanto, and no word of that sentence is asked
    result = answered(_ROBOT_MAKER, "where is kanto headquartered")
    assert result.answered and result.text.startswith("Sendai"), result.text


_SUKUK = """| 22 October 2025, Wednesday |

Oman sells $2 billion of bonds as oil revenue falls

Oman raised $2 billion from a dollar bond sale on Tuesday, the finance ministry said. Orders peaked at $9 billion.

"Muscat is front-loading its borrowing because it expects oil prices to stay weak next year," said Laila Al-Harthy, head of sovereign research at Gulf Crest Capital.

"The proceeds will fund the budget," Salim Al-Busaidi, chief executive of the debt office, told reporters.
"""

_LEVY = """| 3 March 2025, Monday |

Kenya tea prices climb at Mombasa auction

Tea prices rose 4% at the Mombasa auction on Tuesday, brokers said.

Parliament is debating a bill that would replace the flat tea levy with a charge of 1.2% of the auction value.

"The flat levy takes the same amount from a farmer whatever the price, which is unfair," Agriculture Cabinet Secretary Daniel Mwangi told reporters in Nairobi.
"""


def test_who_is_the_role_doing_what_is_the_one_holder_of_the_role_named_with_a_word_of_it() -> None:
    # "borrowing early" is "front-loading its borrowing"; her title is no "analyst", but she gives the view
    expect(answered(_SUKUK, "who's the analyst saying the sultanate is borrowing early?"), "Laila Al-Harthy")
    # a cabinet secretary is the minister; "backing the levy change" is worded otherwise
    expect(answered(_LEVY, "who's the govt minister backing the levy change"), "Daniel Mwangi")
    # no analyst in the story
    expect(answered(_LEVY, "who's the analyst saying prices will fall"), None)


def test_a_port_asked_may_be_a_town_by_its_name_but_never_a_continent() -> None:
    # "rerouted through Cape Town and Ngqura": Cape Town is a port, though named a town; "consignments
    # to Europe" names no port
    expect(answered("za_citrus", "which ports did fruit get diverted to instead of durban"), "Cape Town")


_DOCKERS = """| 22 October 2025, Wednesday |

Hamburg port cargo falls 3% as dockers' strike bites

Cargo handled at the port of Hamburg fell 3.1% to 88 million tonnes in the first nine months, the port authority said on Wednesday.

About 900 dockers walked out for five days in June. More than 40 container vessels skipped Hamburg for Wilhelmshaven and Gdansk during the stoppage.

"Shipping lines brought volumes back to Hamburg once the strike ended," Chief Executive Jens Meier told reporters in Hamburg.
"""


def test_where_they_went_instead_is_not_the_storys_own_place() -> None:
    # "instead" of the headline's Hamburg, which the ships skipped
    expect(answered(_DOCKERS, "where did ships go instead while the dockers were out?"), "Wilhelmshaven and Gdansk")


_PRAIRIE = """| 2 December 2025, Tuesday |

Canada cuts wheat forecast as drought hits prairies

Canada's wheat harvest will fall to 31 million tonnes this season, the statistics agency said on Tuesday.

"We planted into dust and kept waiting for rain," said Anna Brandt, who grows wheat and canola on 1,800 hectares near Swift Current in Saskatchewan.

Agriculture Minister Paul Dube told reporters in Ottawa that aid would follow.
"""


def test_where_a_persons_farm_is_is_the_place_the_sentence_naming_her_puts_her() -> None:
    # "farm" is not in the text: "who grows wheat ... near Swift Current"
    expect(answered(_PRAIRIE, "Where's Brandt's farm?"), "Swift Current")


_RATES = """| 7 November 2025, Friday |

Bank of Norland holds rates at 4.5%

The Bank of Norland kept interest rates at 4.5% on Thursday, as expected.

Six members of the Monetary Policy Board voted to leave rates unchanged, while external member Ragni Vastad voted for a cut of a quarter point.
"""


def test_a_name_after_a_person_noun_is_a_person_who_did_it() -> None:
    # "external member Ragni Vastad": a name the extractor could not type, but a member is a person
    expect(answered(_RATES, "who voted for a cut"), "Ragni Vastad")
