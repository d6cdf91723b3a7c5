"""Which place a question names, and which period a sentence's figures are of."""

from __future__ import annotations

import pytest

from handlers import Answer, answer
from handlers.query import parse_query
from knowledge.store import Store
from tests.handlers.stories import answered, expect, stored

_EXPORTS = """| 1 October 2025, Wednesday |

South Korea's September exports jump 9.4% on record chip sales

South Korea's exports rose 9.4% in September from a year earlier to $63.82 billion, the trade ministry said on Wednesday.

Semiconductor exports surged 27.6% to a record $16.41 billion, driven by demand for memory chips.

Car exports fell 7.8% to $5.12 billion, with shipments to the United States plunging 24.6% due to the 15% tariff Washington imposed on South Korean vehicles in August. The number of vehicles shipped abroad fell to 214,300 from 229,800 a year earlier.

"Korean carmakers have lost the price edge they had," said Choi Ji-hoon, a director at the Korea Automobile & Mobility Association.

Singapore was the biggest source of orders, followed by South Korea with $4.51 billion.
"""


def _answered(question: str) -> Answer:
    return answered(_EXPORTS, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "Korea" is the country, not the association whose name begins with it
        ("What were Korea's semiconductor shipments worth in September?", "16.41"),
        # "in August" dates the tariff, a cause: no period of the paragraph's figures
        ("How many vehicles went overseas from Korea in Sept?", "214,300"),
        ("how much did s korea order", "4.51"),  # a lone letter is shorthand, no word to find
    ],
)
def test_the_country_asked_and_the_period_its_figures_are_of(question: str, expected: str) -> None:
    result = _answered(question)
    assert result.answered and expected in result.text, result.text


_SURPLUS = """| 1 October 2025, Wednesday |

South Korea's September exports jump 9.4%

South Korea's exports rose 9.4% in September from a year earlier to $63.82 billion, the Ministry of Trade, Industry and Energy said on Wednesday, as record semiconductor sales more than offset a drop in car shipments.

Imports grew 2.1% to $54.67 billion, leaving a trade surplus of $9.15 billion for the month, up from $4.79 billion a year earlier.

The Bank of Korea, which has kept its benchmark interest rate at 2.50% since May, is scheduled to review policy on October 23.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when is the bok next deciding on rates", "October 23"),  # initials typed in lower case, no "book"
        ("Did Korea run a trade surplus in September?", "Yes. Imports grew 2.1%"),  # "run" a light verb
    ],
)
def test_initials_and_light_verbs(question: str, expected: str) -> None:
    result = answered(_SURPLUS, question)
    assert result.answered and expected in result.text, result.text


_CHIPS = """| 1 October 2025, Wednesday |

South Korea's September exports jump 9.4% on record chip sales

South Korea's exports rose 9.4% in September to $63.82 billion, as record semiconductor sales to China, Taiwan and Southeast Asia offset a drop in car shipments.

Semiconductor exports surged 27.6% to a record $16.41 billion, driven by demand for memory chips. Chip shipments to China and Hong Kong rose 19.2% to $7.88 billion, while those to Taiwan nearly doubled, jumping 96.4% to $2.35 billion.

By destination, exports to China rose 6.3% to $11.94 billion, those to Taiwan soared 41.3% to $3.62 billion and sales to the European Union edged up 1.9% to $5.81 billion.
"""


def test_a_figure_of_the_place_asked_beats_one_whose_sentence_names_no_place_and_is_quoted_whole() -> None:
    result = answered(_CHIPS, "semicondutor exprots to taiwan?")
    expect(result, "96.4%")
    assert result.text.startswith("Chip shipments to China and Hong Kong rose 19.2%")  # "those" needs what it stands for


def test_a_paragraph_dated_only_by_a_since_comparison_takes_the_month_of_the_lead() -> None:
    store = Store.memory()
    store.ingest_text("""| 1 October 2025, Wednesday |

South Korea's September exports jump 9.4%

South Korea's exports rose 9.4% in September from a year earlier to $63.82 billion, the trade ministry said on Wednesday.

By destination, exports to China rose 6.3% to $11.94 billion, their highest level since 2022. Exports to the Association of Southeast Asian Nations (ASEAN) climbed 14.8% to $10.05 billion.
""")
    for question in ("asean exports growth in sept", "asean exports growth sept"):
        result = answer(question, store)
        assert result.answered and "14.8%" in result.text, (question, result.text)


def test_ship_exports_are_the_ships_exported_not_any_export() -> None:
    store = Store.memory()
    store.ingest_text("""| 1 October 2025, Wednesday |

South Korea's September exports jump 9.4%

South Korea's exports rose 9.4% in September from a year earlier to $63.82 billion.

Exports to the Association of Southeast Asian Nations climbed 14.8% to $10.05 billion.

Ship exports more than doubled, jumping 118.5% to $3.74 billion, as shipyards delivered 14 vessels.
""")
    result = answer("how much r ship exports up", store)
    assert result.answered and "118.5%" in result.text, result.text


def test_a_level_compared_with_dates_no_paragraph_and_a_typed_stem_is_its_word() -> None:
    store = Store.memory()
    store.ingest_text("""| 19 November 2025, Wednesday |

Chile's Litio Altiplano profit falls as lithium prices slide, volumes hit record

Litio Altiplano said on Tuesday its third-quarter net profit fell 38% on record sales volumes.

Its average realised price for lithium carbonate fell 21% to $9,850 per tonne, and was also below the $10,320 per tonne it fetched in the second quarter. Lithium hydroxide sales rose 12.5% to 13,500 tonnes at an average price of $10,900 per tonne.
""")
    # "in the second quarter" dates the price compared with, not the paragraph's hydroxide sales;
    # "volum" is the stem of "volume", a word that asks only for the amount
    result = answer("hydroxdie sales volum last qtr?", store)
    assert result.answered and "13,500 tonnes" in result.text, result.text


def test_a_board_is_its_directors_an_operation_a_mine_and_give_a_light_verb() -> None:
    store = Store.memory()
    store.ingest_text("""| 22 October 2025, Wednesday |

Merridale lifts gold output, approves Yarrowee expansion

The board approved the A$1.3 billion Yarrowee expansion last week, which will lift the mine's processing capacity.

Production at the Akroso mine near Tarkwa in Ghana's Western Region fell 8.0% to 41,200 ounces.
""")
    when = answer("When did the directors give the green light to the expansion?", store)
    assert when.answered and "Last week" in when.text, when.text
    where = answer("Which country is the Akroso operation in?", store)
    assert where.answered and where.text.startswith("Ghana"), where.text


_PARK = """| 3 March 2025, Monday |

Hengmar to build $3.8 billion battery-materials park in Indonesia

Hengmar New Materials will invest $3.8 billion in a nickel smelter and battery-materials park in Indonesia, the investment ministry said on Monday.

The Kolaka park in Southeast Sulawesi province will produce 120,000 tonnes of nickel a year.

Exports of nickel products rose 11.4% to $24.6 billion. Shipments to China accounted for $17.2 billion.

"We chose Kolaka because the ore is richer," Zhou Minghui, Hengmar's president, said. The park will supply battery makers in China, South Korea, Japan and Germany, he said.
"""

_CARS = """| 3 March 2025, Monday |

Corvana's deliveries rise 12%

Corvana delivered 84,600 cars in the quarter, up 12%.

The new Nova is on sale in Germany, France, the Netherlands and Spain, and will reach Britain next year. The Nova's price was kept at 27,900 euros.
"""


@pytest.mark.parametrize(
    ("article", "question", "names"),
    [
        # a sentence listing several countries, worded otherwise ("supply"), over one naming one
        (_PARK, "Which countries will the park sell to?", ("China", "South Korea", "Japan", "Germany")),
        # "the Netherlands" is an item of the list, not the list's end; the sentence names only the Nova
        (_CARS, "In which countries can you already buy the Nova?", ("Germany", "France", "Netherlands", "Spain")),
    ],
)
def test_which_countries_lists_every_country_a_sentence_lists(article: str, question: str, names: tuple[str, ...]) -> None:
    reply = answered(article, question)
    assert reply.answered
    assert all(name in reply.text for name in names), reply.text


def test_places_a_sentence_names_apart_are_no_list() -> None:
    # "a terminal at Panjang ..., linked to its mines in South Sumatra" names places apart; the
    # sentence that lists the regions answers "which regions".
    text = """| 2 October 2025, Thursday |

Indonesia's coal exports slide 8.4% in September

The company plans to start shipping from a new coal terminal at Panjang in Lampung province in 2026, linked by rail to its mines in South Sumatra.

The producers' forum warned that higher royalties could force smaller miners in East Kalimantan and South Kalimantan to cut output.
"""
    reply = answered(text, "which regions could see small miners cutting output")
    assert "East Kalimantan" in reply.text and "South Kalimantan" in reply.text, reply.text


_WATCHES = """| 20 November 2025, Thursday |

Swiss watch exports slide 4.2% in October as U.S. tariff bites, Hong Kong rebounds

Swiss watch exports fell 4.2% last month from a year earlier to 2.36 billion Swiss francs, the Federation of Swiss Watchmakers said on Thursday, as a slump in shipments to the United States outweighed a recovery in Hong Kong.

Exports to the United States plunged 28.6% to 318.4 million francs, as a 31% tariff on Swiss goods that took effect in August hit shipments. Watch exports to the U.S. slid 9.6% in value and 4.8% in volume to 108,400 pieces.

Shipments to Hong Kong rose 6.4% to 184.2 million francs. In September, overall exports had fallen 3.1%.

Watches with an export price above 3,000 francs, which make up about 78% of the industry's sales by value, slipped 1.9%.
"""


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        # where exports went must be said, however often the story names the US
        ("ch_watches", "How much were watch exports to the US worth in September?", None),
        (_WATCHES, "How much were watch exports to the US worth in September?", None),
        # "a tariff that took effect in August" dates the tariff, not the paragraph's figures
        (_WATCHES, "how many watches did switzerland ship to america in october", "108,400"),
    ],
)
def test_an_asked_destination_must_be_named_and_a_relative_clause_dates_no_figure(article: str, question: str, expected: str | None) -> None:
    expect(answered(article, question), expected)


def test_where_a_body_is_based_reads_the_place_based_kind_it_is_called_by() -> None:
    text = """| 7 May 2025, Wednesday |

Tasman Pacific Bank lifts half-year profit

Tasman Pacific Bank, Australia's fifth-biggest lender by assets, reported a 4.6% rise in first-half cash profit on Wednesday.

Cash profit rose to A$3.42 billion in the six months to March 31, the Melbourne-based bank said.

Tasman Pacific's capital ratio was 12.4%. It still needs approval to buy Perth-based lender Goldfields Mutual.
"""
    reply = answered(text, "Where is Tasman Pacific based?")
    assert reply.answered and reply.text.startswith("Melbourne"), reply.text


def test_a_markets_undated_move_is_the_days_and_an_earlier_events_time_dates_nothing() -> None:
    text = """| 7 May 2025, Wednesday |

Tasman Pacific Bank lifts half-year profit

Tasman Pacific Bank reported a 4.6% rise in first-half cash profit.

Shares in Tasman Pacific rose 2.3% to A$31.85 by 1:30 p.m. (0330 GMT) in Sydney, and have recovered all of their losses from a sell-off last month.
"""
    expect(answered(text, "how much are tasman pacific shares up today"), "2.3%")


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("What was the port's total throughput last year?", "figure"),  # the port's figure, no place asked
        ("Whats the port authority's revenue?", "figure"),
        ("which city's hotels were only about half full?", "where"),  # which city: a place
    ],
)
def test_a_place_noun_that_owns_or_qualifies_asks_no_place(question: str, intent: str) -> None:
    assert parse_query(question, stored(_PARK)).intent == intent


_STATES = """| 15 October 2025, Wednesday |

Mexico's remittances hit record

Remittances to Mexico rose 6.8% in the third quarter to a record $17.1 billion, the central bank said on Wednesday.

Western state Michoacan remained the biggest recipient, taking in $1.62 billion, followed by Guanajuato with $1.48 billion and Jalisco with $1.45 billion. Southern Chiapas posted the fastest growth of any state, with inflows surging 21.5% to $812 million.

The money supports poorer southern states such as Chiapas and Oaxaca.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Jalisco's growth is not given: the sentence about Chiapas is not about it
        ("How much did remittances to Jalisco grow?", None),
        ("which state got the most remittances", "Michoacan"),
    ],
)
def test_the_states_of_a_remittance_story(question: str, expected: str | None) -> None:
    expect(answered(_STATES, question), expected)


def test_a_change_asked_is_no_other_measure_than_the_growth_a_sentence_states() -> None:
    # "Southern Chiapas posted the fastest growth of any state, with inflows surging 21.5%"
    # under a headline about remittances: the remittances asked, their growth stated.
    expect(answered("mx_remittances", "how much did remittances to chiapas jump"), "21.5%")


def test_who_must_clear_a_deal_is_a_body_not_the_home_of_the_target() -> None:
    # "clearance from Italy's competition authority for its ... purchase of Florence-based shoemaker
    # Calzaturificio Bellandi": Florence is where the shoemaker is, never who clears its sale
    expect(answered("fr_luxury", "Who still has to sign off on the Bellandi takeover?"), "competition authority")


def test_a_body_asked_by_its_full_name_is_found_under_its_bracketed_short_name() -> None:
    # "The Ghana Gold Board (GoldBod)": the later "GoldBod chief executive ... said the board aimed
    # to buy 60 tonnes of gold next year" is the board's
    expect(answered("gh_gold", "How much gold does the Ghana Gold Board aim to buy next year?"), "60 tonnes")


_ANALYST_BANK = """| 16 October 2025, Thursday |

Luxury shares rise on results

Orsenne shares rose 4.7% to 168.40 euros in early trading in Paris on Thursday, lifting European luxury stocks.

"The quarter suggests the worst is behind the sector," said Luca Bertolini, an analyst at Milan-based Banca Serravalle. He expects organic growth to reach 3.5% in the fourth quarter.

  • Reuters
"""


def test_the_home_of_the_body_a_quoted_person_works_at() -> None:
    # "an analyst at Milan-based Banca Serravalle": the bank is the analyst's
    expect(answered(_ANALYST_BANK, "Which city is the bank of the analyst quoted located in?"), "Milan")


def test_a_company_asked_without_its_company_word() -> None:
    # "Shares of Pesquera Costa Azul, the largest quota holder ..., rose 3.4%": "costa azul" in speech
    expect(answered("pe_anchovy", "what did costa azul stock do on monday"), "3.4%")


def test_a_body_named_in_a_question_about_its_workshop_asks_no_home() -> None:
    # "Geneva-based watchmaker Maison Vautrin": Geneva is its home, not the town of its case workshop
    expect(answered("ch_watches", "which town is losing jobs at vautrin's case workshop"), "La Chaux-de-Fonds")


def test_a_province_named_like_a_body_keeps_what_the_text_calls_it() -> None:
    # "The province of Jaen, the country's biggest growing area" beside "the Jaen Olive Oil
    # Exchange": the province is no short name of the exchange
    expect(answered("es_olive", "which province grows the most olives"), "Jaen (")


def test_who_said_is_the_officer_not_the_body_whose_officer_he_is() -> None:
    # "Rear Admiral Daniel Okafor, the Navy's program executive officer for attack submarines, said
    # the first frigate ... was due for delivery in 2029": the Navy's officer said it, not the Navy
    expect(answered("us_shipyard", "Who said the first frigate was due for delivery in 2029?"), "Daniel Okafor (")


def test_states_named_without_a_cue_word_are_places() -> None:
    expect(answered(_STATES, "which states followed Michoacan"), "Guanajuato, Jalisco")


_FISHMEAL_SOURCES = """| 21 October 2025, Tuesday |

Peru sets anchovy quota

Fishmeal output rose 34.2% in January-September from a year earlier to 1.18 million tonnes, the highest for the period since 2022, while fish oil production climbed 12.6% to 236,000 tonnes, the National Fisheries Society (SNP) said last week.

Fishmeal exports to China jumped 27.5% in the first nine months to 812,000 tonnes, according to customs agency Sunat.

Total fishmeal and fish oil exports were worth 7.81 billion soles in January-September, up 39% from a year earlier, Sunat data showed.

  • Reuters
"""


def test_the_source_of_figures_may_be_the_body_that_said_them() -> None:
    # "..., the National Fisheries Society (SNP) said last week": not the customs agency of another sentence
    expect(answered(_FISHMEAL_SOURCES, "Who put out the fishmeal output numbers?"), "National Fisheries Society")


def test_a_town_and_its_country_are_one_place_not_a_list() -> None:
    article = """| 21 October 2025, Tuesday |

Helvara to cut 1,850 jobs

Outside Switzerland, Helvara will eliminate 1,210 positions. It plans to close its plant in Grenzach-Wyhlen in Germany, affecting 480 workers, cut 390 research jobs at its site in Cambridge, Massachusetts, and shed 210 roles at a packaging site in Cork, Ireland.

  • Reuters
"""
    # "in Cork, Ireland" puts the 210 roles in Ireland: not shared by a list, nor Cork's alone
    expect(answered(article, "how many jobs lost in ireland"), "210 roles")


def test_a_country_named_as_the_actor_beats_one_named_as_an_adjective() -> None:
    article = """| 12 March 2025, Wednesday |

EU approves battery aid

Swedish battery maker Nordvolt will invest 1.2 billion euros in a new cell factory near Lulea, the company said on Wednesday, after Brussels approved 2.9 billion euros of state aid.

The aid approved on Wednesday includes:

- Sweden will provide 800 million euros for Nordvolt and smaller suppliers in the region

  • Reuters
"""
    # "Swedish battery maker Nordvolt" is Nordvolt; "Sweden will provide" is Sweden giving
    expect(answered(article, "what did sweden give nordvolt"), "800 million")


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        # "shipped 14.2 million tonnes from its Pilbara mines in the March quarter": where the ore
        # came from is no earlier event, and the March quarter is January to March
        ("au_iron_ore", "how much ore did they ship in the march quarter", "14.2 million tonnes"),
        # gold "poured" is gold produced, in the quarter that ends in September
        ("gold_miner", "how much gold did merridale pour in the sept quarter", "218,400"),
    ],
)
def test_a_quarter_named_by_its_last_month_dates_the_figure(article: str, question: str, expected: str) -> None:
    expect(answered(article, question), expected)
