"""What/which questions that ask for several things of a kind: the list the article gives."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PRICES = """| 3 March 2025, Monday |

Ruritania's inflation slows to 2.1% in February

Ruritania's consumer prices rose 2.1% in February from January, the statistics office said on Monday.

Of the 12 spending categories tracked by the office, eight showed smaller price increases than in January. The biggest rises were in rents, water and electricity, at 4.1%, schooling, at 3.7%, and bus fares, at 3.0%.
"""


def test_a_list_names_things_of_the_kind_asked() -> None:
    # "which categories": the sentence that lists them never says "categories"
    text = answered(_PRICES, "Which categories saw the biggest price jumps?").text
    assert "rents" in text and "schooling" in text

_PLANT = """| 17 June 2025, Tuesday |

Veltra to expand Salamanca plant

Veltra Motors will invest $2 billion to expand its assembly plant in Salamanca, the carmaker said on Monday.

Battery cells for the new models will come from a factory being built by supplier Hanjin Cell in Nuevo Leon.

Last week, Veltra lowered its full-year target for deliveries to 310,000 from 340,000.

The Salamanca plant currently builds the Corvan compact SUV and the Brisa sedan. The plant currently employs about 5,100 people.
"""


def test_two_names_are_a_list() -> None:
    # "which models": "builds the Corvan compact SUV and the Brisa sedan" names two
    assert "Corvan" in answered(_PLANT, "Which models does the Salamanca factory make today?").text


def test_currently_is_today_whatever_the_paragraph_before_dates() -> None:
    # "Last week, ..." dates the paragraph before, not "currently employs"
    assert "5,100" in answered(_PLANT, "How many people does the plant employ today?").text

_LENDING = """| 3 March 2025, Monday |

Ruritania cuts rates again

Ruritania's central bank cut its benchmark rate by 50 basis points to 9.25% on Tuesday.

Lending to the private sector grew 2.1% in the 12 months to June, recovering from a contraction of 1.4% in January, the bank said. Credit to manufacturing, trade, building and construction, and consumer durables picked up during the period, it added.
"""


def test_credit_is_lending() -> None:
    # "which sectors saw lending pick up": the sentence about credit lists them
    assert "manufacturing" in answered(_LENDING, "Which sectors saw lending pick up?").text

_PARTS = """| 3 March 2025, Monday |

German supplier Marbach to cut 3,800 jobs

Marbach Automotive, one of Germany's biggest car-parts suppliers, said on Thursday it would cut 3,800 jobs worldwide by the end of 2027.

German car-parts makers have announced more than 50,000 job cuts since the start of 2024, according to the VDA auto industry association.

Marbach, which makes brake systems, steering columns, thermal-management modules and wiring harnesses, now employs 41,200 people in 23 countries.
"""


def test_the_kind_of_things_made_is_a_list() -> None:
    # "the supplier" is the story's subject, named "Marbach" in the sentence that lists what it makes
    assert "brake systems" in answered(_PARTS, "what kind of parts does the supplier make").text


def test_the_supplier_is_the_story_subject() -> None:
    assert "41,200" in answered(_PARTS, "how many people does the supplier employ").text

_POWER = """| 3 March 2025, Monday |

India's power demand hits record

India's peak electricity demand rose to a record 256.4 gigawatts on Tuesday as a heatwave sent air-conditioner use soaring.

"Demand will keep growing at 7-8% a year because industries such as steel, cement, aluminium and data centres are expanding," said Vibha Kulkarni, director at Pune-based Meridian Ratings.
"""


def test_the_analyst_asked_is_whoever_is_quoted() -> None:
    # "said Vibha Kulkarni, director at Meridian Ratings": no "analyst" in the text
    assert "cement" in answered(_POWER, "which industries does the analyst say are pushing up demand").text

_TYPHOON = """| 3 March 2025, Monday |

Typhoon damages Philippine crops

Typhoon Kaluma damaged crops worth 8.6 billion pesos across the northern Philippines, the Department of Agriculture said on Monday.

Rice accounted for 5.9 billion pesos of the farm losses, with 214,500 hectares of paddy affected, while damage to corn reached 1.8 billion pesos on 97,300 hectares. The rest of the losses were in high-value crops, livestock and fisheries, including onions, vegetables, bananas and poultry.
"""


def test_besides_the_things_named_the_next_sentence_lists_the_others() -> None:
    # the sentence about rice and corn names only what was left out
    assert "onions" in answered(_TYPHOON, "Besides rice and corn, what other farm goods took a hit?").text

_COSTS = """| 3 March 2025, Monday |

Atlantica swings to profit

Atlantica Airlines swung to a net profit in the third quarter as lower fuel prices outweighed rising wage costs, the carrier said on Thursday.

Unit costs excluding fuel rose 5.5%, driven by a new pilots' contract, and Atlantica cited three further pressures: higher airport charges, air traffic control delays across Europe and a shortage of spare engines.
"""


def test_what_cost_pressures_asks_for_the_pressures_not_a_figure() -> None:
    # "cost" only says which pressures; the answer is what they are, not the 5.5% rise
    text = answered(_COSTS, "What cost pressures did Atlantica mention?").text
    assert "airport charges" in text and "spare engines" in text

_JOBS = """| 3 March 2025, Monday |

Nordvik Telecom to cut 1,400 jobs

Nordvik Telecom, the Nordic and Baltic mobile and broadband operator, reported a 6.8% rise in core earnings on Tuesday as price increases in Sweden and Finland offset a price war in Denmark, and said it would cut about 1,400 jobs by the end of next year.

Nordvik said it would cut about 1,400 positions, or 7% of its workforce, by the end of 2026, mainly in customer service, network operations and administration.
"""


def test_a_name_and_its_description_are_no_list() -> None:
    # "Nordvik Telecom, the Nordic and Baltic ... operator" lists nothing
    assert "customer service" in answered(_JOBS, "which parts of the business will lose staff?").text

_SHOPPERS = """| 3 March 2025, Monday |

Brantley's to close 66 stores

Brantley's Inc said on Wednesday it would close 66 more department stores this year, as the retailer posted a 3.2% drop in holiday-quarter sales.

Gross margin narrowed to 36.4% from 37.1% due to heavy markdowns on coats, boots and other cold-weather apparel, which shoppers bought less of.

Chief Executive Dana Whitlock said the outlook was cautious because lower-income shoppers were cutting back on home goods, fine jewelry and small appliances.
"""


def test_poorer_shoppers_are_lower_income_ones() -> None:
    assert "jewelry" in answered(_SHOPPERS, "What are poorer shoppers spending less on?").text

_STRIKE = """| 3 March 2025, Monday |

Strike cuts Dusseldorf airport traffic

Passenger numbers at Dusseldorf airport fell 6.2% in October after a two-day strike by security staff.

"The strike hit us at the worst possible moment, just as the autumn school holidays began," Chief Executive Katrin Albers said in a statement.

Leisure routes to Spain, Greece, Turkey and Egypt held up better, falling only 0.9%, because tour operators moved many flights to the days before and after the walkout.
"""


def test_holiday_destinations_are_leisure_routes() -> None:
    assert "Greece" in answered(_STRIKE, "Which holiday destinations were hit less?").text

_BUDGET = """| 12 December 2024, Thursday |

Monterrey council approves 14.6 billion peso budget for 2025

Monterrey's city council on Wednesday approved a 14.6 billion peso ($720 million) budget for fiscal 2025, voting 9-4 for a spending plan that boosts police and public transport while cutting money for parks and culture.

The budget is 6.8% larger than the one approved last year, driven mainly by higher property tax collections.
"""


def test_what_is_getting_cut_asks_for_the_things_not_an_amount() -> None:
    # the whole of what is cut, past the verb: "cutting money for parks and culture"
    text = answered(_BUDGET, "What's getting cut in the budget?").text
    assert "parks" in text and "culture" in text

_REPLANT = """| 3 March 2025, Monday |

Vietnam's coffee exports jump

Vietnam's coffee exports rose 38.8% in October from a year earlier to 118,000 tonnes, government data showed on Wednesday.

The agriculture ministry plans to submit a 3.15 trillion dong ($120 million) programme to replant ageing coffee trees on 110,000 hectares to the government by the end of the year.

The scheme, first proposed in March, would run until 2030 and still needs government approval.
"""


def test_a_scheme_is_a_programme() -> None:
    assert "110,000 hectares" in answered(_REPLANT, "What does the government's replanting scheme cover?").text

_ACID = """| 3 March 2025, Monday |

Ruritanian miner cuts output plan on acid shortage

Ruritania's state uranium miner Kovan said on Friday it would cut next year's output by 10% because of a shortage of sulphuric acid.

The rest of its sales went to buyers in France, India, Canada and the United States.

A government working group will try to speed up acid imports from Uzbekistan and Russia, the ministry said.
"""


def test_a_question_ending_on_from_asks_where_from() -> None:
    # "buyers in France, India, Canada and ..." is a longer list, but not where anything comes from
    text = answered(_ACID, "which countries could Ruritania bring in extra acid from").text
    assert "Uzbekistan" in text and "France" not in text

_COAL = """| 3 March 2025, Monday |

Ruritania's coal exports slide as China cuts purchases

Ruritania's coal exports fell 8.4% in September from a year earlier to 38.6 million tonnes as Chinese buyers scaled back purchases, data from the mining ministry showed on Tuesday.

Shipments to China dropped 15.2% to 14.9 million tonnes, while exports to India rose 6.7% to 11.3 million tonnes. Japan, South Korea, the Philippines and Vietnam together took 9.8 million tonnes.
"""

_CARS = """| 3 March 2025, Monday |

Veltra to expand Mexico car plant

Veltra Motors will invest $2 billion to expand its car plant in Salamanca, the Detroit-based carmaker said on Monday.

The Salamanca plant builds the Corvan compact SUV. About 80% of its output is shipped to the United States, with the rest going to Canada, Brazil, Chile and Colombia.
"""


def test_besides_the_places_named_the_next_sentence_lists_the_others() -> None:
    # "took", not "bought": the sentence after the one naming China and India lists the others
    text = answered(_COAL, "Besides China and India, which countries bought Ruritanian coal?").text
    assert "Japan" in text and "Vietnam" in text


def test_besides_a_place_its_sentence_lists_the_others() -> None:
    # "get cars from the plant" asks no home of "the Detroit-based trader"
    text = answered(_CARS, "Besides the US, which countries get cars from the plant?").text
    assert "Canada" in text and "Brazil" in text

_STARTS = """| 3 March 2025, Monday |

Ruritania's housing starts jump 9.4% in August

Ruritania's annualized pace of housing starts rose 9.4% in August from July to 287,650 units, as a surge in rental construction in Toronto and Vancouver offset a slump in condominium starts, the housing agency said on Monday.

Urban starts rose 10.6% to 264,000 units in August, while rural starts were estimated at 23,650 units. Multi-unit urban starts climbed 13.2% to 222,300 units, and single-detached urban starts fell 1.7% to 41,700 units.

The six-month moving average of starts rose to 271,000 units from 265,000 in July. Starts of purpose-built rental units made up a record 41% of the total.

Condominium starts in Toronto fell to their lowest since 2009 as investors stayed away. Starts in Vancouver rose 22% on rental projects.

Economists had expected starts to fall to 250,000 units. Starts fell in June and rose in July. Housing starts fell 3% in the second quarter.

Building permits fell 1.2% in July, separate data showed. Starts in smaller centres fell 4%. Ownership starts fell for a fifth month.

"Starts of condominiums fell because presales collapsed," said an economist. Starts of townhouses fell 2%.

Ontario, British Columbia and Nova Scotia accounted for most of the monthly gain, while Quebec, Alberta and Manitoba posted declines.
"""


def test_a_list_of_the_places_asked_may_rank_low() -> None:
    # many sentences say "starts" and "fell"; the one listing provinces says "posted declines"
    text = answered(_STARTS, "which provinces saw starts fall?").text
    assert "Quebec" in text and "Manitoba" in text

_OLIVE = """| 3 March 2025, Monday |

Spain's olive oil exports rise 17%

Spain exported 812,000 tonnes of olive oil in the 2024/25 season, up 17% from a year earlier, the ministry said on Monday.

The Commission is weighing a request Spain submitted last month, backed by Italy and Greece, to open private storage aid for olive oil.

Italy remained the biggest buyer at 248,000 tonnes, followed by the United States with 176,000 tonnes, Portugal, France and Japan.
"""


def test_a_ranking_led_by_a_place_lists_it_and_those_that_follow() -> None:
    # "Italy remained ...": Italy is an answer, not another subject; "with 176,000 tonnes" is an item's figure
    text = answered(_OLIVE, "which countries are the top buyers of spanish olive oil").text
    assert "Italy" in text and "United States" in text and "Japan" in text and "Greece" not in text

_LUXURY = """| 3 March 2025, Monday |

Paris luxury group's sales beat forecasts

Paris-based luxury group Maison Orsenne reported third-quarter sales of 4.86 billion euros on Wednesday, up 2.1% and ahead of analysts' expectations.

Europe grew 1.3%, held back by fewer American tourists in Paris, Milan and London.

"The quarter suggests the worst is behind the sector," said Luca Bertolini, an analyst at Turin-based Banca Serravalle.

"American importers rushed to rebuild stocks," said Javier Molina, export director at Seville-based bottler Olivares del Betis.
"""


def test_the_home_of_the_body_of_the_person_of_the_role_asked() -> None:
    # "an analyst at Turin-based Banca Serravalle": no "bank" in the text, and Milan is named elsewhere
    assert "Turin" in answered(_LUXURY, "Which city is the bank of the analyst quoted located in?").text


def test_a_quoted_person_is_no_quoted_price() -> None:
    # "was quoted ... based?" asks a home, not where something is quoted (a level)
    assert "Seville" in answered(_LUXURY, "where is the bottler whose export director was quoted based?").text


def test_a_city_asked_is_no_country() -> None:
    # "which polish city": Gliwice, not South Korea the first tanks are shipped from
    assert "Gliwice" in answered("pl_defence", "which polish city will build some of the tanks").text


def test_moved_to_the_sites_in_a_place() -> None:
    # "its production moving to Helvara's sites in Pratteln": where to, not the plant that closes
    assert "Pratteln" in answered("ch_pharma_jobs", "where will the plant's tablet output be moved to").text


def test_the_place_in_the_clause_of_the_one_asked() -> None:
    # "Rheinmark produced ... at plants in Duisburg, ..., while Valmeuse made ... at its sites in Liege"
    text = answered("steel_merger", "where does valmeuse have its mills").text
    assert "Liege" in text and "Duisburg" not in text, text


def test_a_place_in_a_relative_aside_is_who_it_is() -> None:
    # "Cosmar Bioenergia, which runs 14 mills in Sao Paulo and Minas Gerais, said ... it would stop
    # crushing at its units near Ribeirao Preto": where it stops, not where its mills are
    assert "Ribeirao Preto" in answered("br_ethanol", "where will Cosmar stop crushing cane early").text


def test_grass_is_pasture() -> None:
    # "mild spring weather in Waikato, Taranaki and Canterbury boosted pasture growth"
    text = answered("nz_dairy", "which regions saw grass growth boosted by the spring weather").text
    assert "Waikato" in text and "Canterbury" in text, text


_OWNED = """| 4 November 2025, Tuesday |

Regulator fines Mercia Water 96 million pounds

Britain's water regulator Ofwat fined Mercia Water 96.4 million pounds on Tuesday for failing to upgrade its sewage works.

The company, owned by a consortium of Canadian, Australian and Kuwaiti pension and sovereign wealth funds, said it would not pay a dividend this year.
"""


def test_the_countries_owners_come_from_are_their_nationalities() -> None:
    # "owners" are who "owned" it; "Canadian" names the country, though the question says "utility"
    result = answered(_OWNED, "Which countries do the utility's owners come from?")
    assert result.answered and result.text.startswith("Canada, Australia, Kuwait"), result.text


def test_the_owners_are_who_owned_it_and_not_paying_a_dividend_is_a_no() -> None:
    # "owners" for "owned by"; "would not pay a dividend": an article between the denial and the word
    result = answered(_OWNED, "are the owners getting a dividend this year")
    assert result.answered and result.text.startswith("No."), result.text


_NEW_PLANT = """| 29 October 2025, Wednesday |

Atlas Phosphates lifts revenue 18%

Shipments to Brazil fell 4.2% to 1.7 million tonnes due to high inventories at the ports of Paranagua and Santos and a late start to soybean planting in Mato Grosso.

On Monday the board approved an 11.9 billion dirham investment in a new fertilizer plant at the Jorf Lasfar industrial complex near El Jadida. Construction is due to start in the first half of next year.
"""


def test_the_place_right_after_the_thing_asked_is_where_it_is() -> None:
    # "plant at the Jorf Lasfar ...", not the "planting in Mato Grosso" that "start" and "plant" also meet
    result = answered(_NEW_PLANT, "Where's the new plant going to be built?")
    assert result.answered and result.text.startswith("Jorf Lasfar"), result.text



def test_a_company_by_its_first_two_words_is_that_company() -> None:
    # "Indus Mobile Chief Executive Kavita Raman said", "Indus Mobile's average revenue per user"
    # after "Indus Mobile Networks": sentences about it, not about some other body
    result = answered("in_spectrum", "Which cities are Indus's sites running close to capacity in?")
    assert result.answered and result.text.startswith("Mumbai, Delhi, Bengaluru"), result.text
    result = answered("in_spectrum", "What was Indus Mobile's average revenue per user?")
    assert result.answered and "231 rupees" in result.text, result.text


_LAND_SALES = """| 2 October 2025, Thursday |

Ruritania home prices climb 1.4% in third quarter

Developers sold 4,120 new homes in July to September, up from 2,310 in the second quarter, data showed.

The government will announce its land sales programme for the first half of 2026 in December, the minister said.
"""


def test_going_to_dates_the_month_to_come() -> None:
    # "what is the government going to announce in December?", asked in October: this December
    result = answered(_LAND_SALES, "what is the government going to announce in december")
    assert result.answered and "land sales" in result.text, result.text


_ARMS = """| 3 March 2025, Monday |

Ruritania buys tanks from Korea

Ruritania signed a 4.8 billion dollar contract with Hanseong Defence on Tuesday for 180 tanks and 96 howitzers, the ministry said.

The package also includes 24 recovery vehicles, training simulators, spare parts and ammunition, the minister said.
"""


def test_what_is_left_out_at_the_end_may_start_with_the() -> None:
    # "... apart from the tanks and guns?": three words and a "the" left out, no words to find
    result = answered(_ARMS, "What else is in the package apart from the tanks and guns?")
    assert result.answered and "simulators" in result.text, result.text


_TAX = """| 4 November 2025, Tuesday |

Ruritania's corporate tax receipts jump 38%

Ruritania's corporate tax receipts jumped 38.2% year-on-year to 7.46 billion euros in October, finance ministry data showed on Tuesday, boosted by a one-off payment linked to a court ruling.

Excluding that payment, corporate tax receipts rose 6.3% to 5.74 billion euros.

The ministry said the pharmaceutical, technology, medical devices and financial services sectors drove the increase, with the 10 largest taxpayers accounting for 54% of receipts.
"""


def test_a_list_named_by_the_kind_asked_beats_the_sentence_on_the_move() -> None:
    # "which industries": "the pharmaceutical, ... and financial services sectors drove the increase"
    result = answered(_TAX, "Which industries were behind the jump in tax payments?")
    assert result.answered and "pharmaceutical" in result.text, result.text


_AIRWAVES = """| 15 October 2025, Wednesday |

Ruritania's spectrum auction raises 1.4 trillion dinars

Ruritania's auction of mobile phone airwaves closed on Tuesday after 31 rounds of bidding, the telecoms ministry said.

Spectrum was sold in the 800 MHz, 900 MHz, 2100 MHz and 26 GHz bands.

The sale raised more than any other spectrum auction this year, outstripping mid-band sales in Brazil, Thailand and Nigeria, consultants said.
"""


def test_airwaves_are_spectrum() -> None:
    # "which airwaves were sold?" / "Spectrum was sold in ..."
    result = answered("in_spectrum", "Which frequency bands did airwaves get sold in?")
    assert result.answered and result.text.startswith("Spectrum was sold"), result.text


def test_things_counted_in_a_list_are_a_list() -> None:
    # "the 800 MHz, 900 MHz, ... and 26 GHz bands" lists bands as "in Brazil, Thailand and Nigeria" lists places
    result = answered(_AIRWAVES, "Which frequency bands did spectrum get sold in?")
    assert result.answered and "900 MHz" in result.text, result.text


def test_us_in_lower_case_before_a_name_is_the_dotted_initials() -> None:
    # "the us navy contract": the text's "U.S. Navy", not the United States and a navy apart
    result = answered("kr_ships", "what work is the us navy contract actually for")
    assert result.answered and "repair" in result.text, result.text


def test_the_kind_something_went_for_is_no_price() -> None:
    # "what kind of spectrum did horizon go for": what it chose ("bid only for 1800 MHz and 2500 MHz
    # airwaves"), not what something sold for
    result = answered("in_spectrum", "what kind of spectrum did horizon go for")
    assert result.answered and "1800 MHz" in result.text, result.text

_ROBOTS = """| 6 November 2025, Thursday |

Kirin Robotics robot orders rise

Kirin Robotics said on Thursday its orders rose 12% in the July-September quarter to 90 billion yen.

Its robots go to customers in the automotive, battery, electronics and logistics sectors.

Japan's Ministry of Economy, Trade and Industry last month pledged 100 billion yen in subsidies to help small manufacturers install robots.
"""


def test_a_list_inside_a_name_lists_nothing() -> None:
    # "Ministry of Economy, Trade and Industry" is one name, not industries listed
    assert "automotive" in answered(_ROBOTS, "what industries does kirin sell its robots to").text

_FROST = """| 3 March 2025, Monday |

Ruritania to compensate frost-hit farmers

Ruritania's hazelnut harvest fell 40% this year after a late frost, the growers' union said on Monday.

Deputy Agriculture Minister Ivo Marek told reporters on Monday that the government would pay 8 billion crowns in frost compensation to about 145,000 registered growers through the state-backed farm insurance pool AGRIS.

Exporters said buyers had paid as much as $11.85 per kg for prompt shipments.
"""


def test_what_a_question_ends_through_follows_the_sentences_through() -> None:
    # "paid through": the pool after "through", not the clause on what is paid and to whom
    assert "AGRIS" in answered(_FROST, "what scheme is the compensation being paid through").text


_SUPPLIERS = """| 3 March 2025, Monday |

Halvex opens chip plant in Kedah

Halvex Microdevices opened a 7.6 billion ringgit chip packaging plant in Kedah on Tuesday.

Halvex signed supply agreements worth 1.35 billion ringgit over five years with 14 Malaysian companies on Monday, including Penang-based Sinar Jaya Bhd for test sockets and automation equipment and Ipoh-based Permata Substrates Sdn Bhd for packaging substrates.
"""


def test_what_a_body_named_late_provides_follows_its_name() -> None:
    # "what is Sinar Jaya going to provide": "Sinar Jaya Bhd for test sockets", not the agreements' worth
    assert "test sockets" in answered(_SUPPLIERS, "what is sinar jaya going to provide to halvex").text

_PORT = """| 3 March 2025, Monday |

Port of Veldam throughput slips

Cargo throughput at the Port of Veldam fell 2.4% in the first nine months of 2025 to 323.6 million tonnes, the port authority said on Wednesday.

Agribulk, which includes grain, soybeans and animal feed, rose 3.8% to 8.2 million tonnes.

Container volumes fell 1.2% to 10.1 million TEU.
"""


def test_the_word_after_kinds_of_is_the_kind_though_not_plural() -> None:
    # "kinds of cargo": "grain, soybeans and animal feed" are cargo the sentence never calls so
    assert "soybeans" in answered(_PORT, "What kinds of cargo count as agribulk?").text

_DEFICIT = """| 22 October 2025, Wednesday |

Ruritania sells $5 billion of bonds

Ruritania sold $5 billion of dollar bonds on Monday, the finance ministry said.

The kingdom's budget deficit widened to 97.4 billion crowns in the third quarter from 37.2 billion crowns a year earlier.

The finance ministry last month raised its forecast for the 2025 deficit to 238 billion crowns, or 5.1% of gross domestic product, from the 112 billion crowns it projected in its original budget in December.
"""


def test_what_is_now_expected_is_the_level_a_forecast_went_to() -> None:
    # not the level it left ("from the 112 billion"), nor the same put as a share (", or 5.1% of")
    assert "238" in answered(_DEFICIT, "what does the finance ministry now expect the full-year shortfall to be").text


def test_what_is_now_expected_is_not_the_level_a_forecast_left() -> None:
    # "raised its forecast ... to 238 billion riyals, ..., from the 112 billion riyals it projected"
    assert "238" in answered("sa_bond", "what does the finance ministry now expect the full-year shortfall to be").text

_GRAIN = """| 3 March 2025, Monday |

Ruritania's grain exports rise 8%

Ruritania exported 21.4 million tonnes of grain between July and February, up 8% from a year earlier, the agriculture ministry said on Monday.

Egypt was the biggest buyer of Ruritanian wheat, taking 1.9 million tonnes, while Spain and China led purchases of corn with 1.6 million tonnes and 1.3 million tonnes respectively. Other major destinations included Turkey, Indonesia, the Netherlands and Tunisia.

Cairo-based importer Nile Grain said it expected to buy more.
"""


_ORDERS = """| 3 March 2025, Monday |

Ruritania's factory orders fall 3%

Ruritania's factory orders fell 3.1% in January from December, the statistics office said on Monday.

Orders for autos fell 6.2%, machinery orders dropped 4.4% and chemicals makers reported a 2.9% decline.

Makers of furniture, textiles, glass and paper also saw fewer orders, the office said.
"""


def test_a_list_left_out_runs_to_the_question_word() -> None:
    # "Apart from autos, machinery and chemicals,": all three left out, not only autos
    result = answered(_ORDERS, "Apart from autos, machinery and chemicals, which industries saw fewer orders?")
    assert result.answered and "furniture" in result.text, result.text


def test_where_else_asks_for_places_like_those_left_out() -> None:
    # "where else": countries, as Egypt, Spain and China are, not Cairo
    result = answered(_GRAIN, "Apart from Egypt, Spain and China, where else is the grain going?")
    assert result.answered and "Turkey" in result.text, result.text

_LITHIUM = """| 3 March 2025, Monday |

Ruritanian lithium producer Vesta's profit falls 38%

Ruritanian lithium producer Vesta Minerals said on Tuesday its third-quarter net profit fell 38% from a year earlier as prices slid.

The Tarvia-based company sold 58,300 tonnes of lithium carbonate in the July-September quarter, up 17%.

China remained its biggest market, taking 61% of volumes, followed by South Korea, Japan, the United States and Belgium.

Vesta kept its 2025 sales guidance of 225,000 to 235,000 tonnes.
"""


def test_a_list_of_the_places_asked_needs_none_of_the_question_words() -> None:
    # "sell ... to": "its biggest market, ... followed by South Korea, Japan, ..." says neither
    result = answered(_LITHIUM, "which countries does it sell its lithium to?")
    assert result.answered and "South Korea" in result.text and "Belgium" in result.text, result.text


def test_several_places_asked_are_no_home() -> None:
    # "which countries": not the one home of "The Tarvia-based company sold ... lithium"
    assert "Tarvia" not in answered(_LITHIUM, "which countries does it sell its lithium to?").text

_SALMON = """| 3 March 2025, Monday |

Ruritanian salmon exports rise 9% in July

Ruritania's salmon exports rose 9% by volume in July to 98,000 tonnes, but fell 11% in value to 9.4 billion crowns as prices slid, the seafood council said on Monday.

Poland, Denmark, France and the United States were the largest markets for Ruritanian salmon during the month, the council said.
"""


def test_the_top_things_asked_are_named_not_measured() -> None:
    # "what were the top export markets": the markets, though "export" is a measure
    result = answered(_SALMON, "what were the top export markets for ruritanian salmon in july")
    assert result.answered and "Poland" in result.text, result.text

_CITRUS = """| 3 March 2025, Monday |

Ruritania's citrus exports hit record

Ruritania shipped a record 171.4 million cartons of citrus in the 2025 export season, up 6.2% from a year earlier, the growers' association said on Monday, as strong demand from China and the United States made up for weaker sales to Europe.

Exports to the European Union fell 3.8% to 52.6 million cartons.

Oranges made up 43% of the season's volumes, followed by mandarins at 27%, lemons at 21% and grapefruit at 9%, the association said.
"""


def test_kinds_of_a_thing_asked_are_several_things_with_a_figure_each() -> None:
    # "what types of citrus make up the exports?": the kinds, not the exports' amount; "mandarins at
    # 27%, lemons at 21% and grapefruit at 9%" lists them, over the sentence on the record that
    # says "made up" and names one kind, citrus
    result = answered(_CITRUS, "what types of citrus make up the exports?")
    assert "mandarins" in result.text and "grapefruit" in result.text, result.text


_GAS_CUTS = """| 22 July 2025, Tuesday |

Egypt signs LNG deals as gas shortfall brings back power cuts

Egypt has agreed to buy 160 cargoes of liquefied natural gas (LNG) in deals worth about $8.2 billion, the petroleum ministry said on Monday.

State-owned Egyptian Natural Gas Holding Company (EGAS) signed the contracts with suppliers including Geneva-based trader Halvorsen Energy, Singapore's Meridian Gas Trading and Oman's Al Sawadi LNG, the minister told reporters in Cairo.

Fertiliser makers in the Nile Delta cut production by about 30% last month due to reduced gas deliveries, while steel, cement, ceramics and glass plants were asked to lower their consumption by 20%, the Federation of Egyptian Industries said.
"""


def test_the_industries_asked_to_use_less_are_those_asked_to_lower_consumption() -> None:
    # "use less gas": "lower their consumption", not the gas suppliers
    expect(answered(_GAS_CUTS, "Which industries were told to use less gas?"), "steel")
