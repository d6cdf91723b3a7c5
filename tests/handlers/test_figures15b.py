"""Figure questions of the fifteenth pass, second batch: what a thing costs, how big a deal is."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_REFINERY = """| 3 March 2025, Monday |

Alumina refinery starts output

Borneo Alumina began producing alumina at its $1.4 billion refinery in Ketapang, West Kalimantan province, on Monday, the company said.

The refinery employs 900 people.
"""

_MINE = """| 3 March 2025, Monday |

Gold miner lifts output

Merridale Resources said its gold production rose 9.4% to 218,400 ounces in the September quarter.

The board approved the A$1.3 billion Yarrowee expansion last week, which will lift the mine's capacity to 9 million tonnes of ore a year.

"The Yarrowee expansion is the right call with gold above $4,000," an analyst said.
"""

_PORT = """| 3 March 2025, Monday |

Laos signs logistics deals

Companies signed 17 agreements worth a combined $1.26 billion at a forum in Vientiane, the ministry said.

The largest, a $420 million deal between Sengdao Logistics and Yunnan Lancang, will expand the Saysettha dry port so it can handle 1.5 million tonnes of cargo a year, up from about 600,000 tonnes now.
"""


def test_a_price_tag_is_what_the_thing_costs() -> None:
    # "the price tag on the refinery" / "its $1.4 billion refinery": the tag is no word to find,
    # and a town with its province is one place, no list of places
    expect(answered(_REFINERY, "What's the price tag on the Ketapang refinery?"), "1.4 billion")
    # the price tag on an expansion asks its cost, not how much anything expanded
    expect(answered(_MINE, "whats the price tag on the yarrowee expansion"), "1.3 billion")


def test_an_expansion_deal_is_no_change() -> None:
    # "how big is the dry port expansion deal": the deal's size, not the port's growth
    expect(answered(_PORT, "how big is the dry port expansion deal"), "420 million")


_GOLD = """| 3 March 2025, Monday |

Kyrgyz gold output rises as Chinese-financed plant ramps up

Kyrgyzstan produced 14.8 tonnes of gold in January-September, the National Statistical Committee said on Monday, as a new Chinese-financed processing plant in the southern Jalal-Abad region began pouring metal.

The $420 million Chatkal plant, built by Urumqi-based Xinjiang Tianrui Mining and funded largely by a $310 million loan from the Export-Import Bank of China, started processing ore in July and can treat 2.4 million tonnes of ore a year.

"Output rose mainly because Chatkal can treat the sulphide ore that our older mills could not process," a deputy chairman told reporters in Bishkek.

Output at the Kumbel mine in the eastern Issyk-Kul region fell 3.1% to 9.2 tonnes, operator Kumbel Gold said.

Residents of Chatkal district blocked the road to the plant for two days in August to demand jobs.

China is Kyrgyzstan's largest creditor, holding $1.7 billion of the country's $4.7 billion external debt, and Chinese companies have invested in mining and energy.
"""


def test_a_body_named_after_the_country_asked_is_that_countrys() -> None:
    # "the chinese bank loan" / "a loan from the Export-Import Bank of China"
    expect(answered(_GOLD, "how big was the chinese bank loan behind the plant"), "310 million")
    # "the new Chinese-built plant" is the Chatkal plant the Chinese bank funded
    expect(answered(_GOLD, "How much ore can the new Chinese-built plant handle each year?"), "2.4 million")


_FORUM = """| 20 November 2025, Thursday |

Laos-China railway freight hits record as firms sign logistics deals in Vientiane

Freight carried on the Laos-China Railway hit a record 4.86 million tonnes in the first 10 months of 2025, the line's operator said on Wednesday, as Lao and Chinese companies signed a raft of logistics deals in Vientiane.

Cross-border cargo made up 3.27 million tonnes of the total, with the rest moving within Laos.

At a two-day connectivity forum that ended on Tuesday, companies from the two countries signed 17 agreements worth a combined $1.26 billion, the ministry said.
"""


def test_a_capital_asked_is_in_the_country_a_paragraph_carries_on_about() -> None:
    # "the Vientiane forum" / a forum in a paragraph carrying on about Laos, whose capital it is
    expect(answered(_FORUM, "What was the total value of the deals inked at the Vientiane forum?"), "1.26 billion")


_TIMBER = """| 3 March 2025, Monday |

Russian region signs timber deals with Chinese firms

A delegation from Khabarovsk signed 14 agreements worth a combined 8.6 billion yuan with Chinese companies in Harbin on Tuesday.

The largest, worth 3.4 billion yuan, covers a sawmill.

A second deal, worth 1.1 billion yuan, covers a wood pellet plant.
"""


def test_altogether_asks_the_whole_not_one_of_many() -> None:
    # "worth altogether" / "worth a combined 8.6 billion yuan", not "A second deal, worth 1.1 billion"
    expect(answered(_TIMBER, "how much are the deals worth altogether"), "8.6 billion")


_LOBBY = """| 3 March 2025, Monday |

Kyrgyzstan plans royalty overhaul

Mining companies paid 9.7 billion soms in royalties in the first eight months, the tax service said.

"A royalty of 16% would make several deposits uneconomic," said Aigerim Satybaldieva, executive director of the Kyrgyz Mining Association, which represents 46 companies.
"""


def test_an_industry_lobby_is_its_association() -> None:
    # "the mining industry lobby" / "the Kyrgyz Mining Association, which represents 46 companies"
    expect(answered(_LOBBY, "how many firms are in the mining industry lobby"), "46")
