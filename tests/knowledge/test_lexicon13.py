"""Everyday paraphrases of economic news: a question that words a thing one way finds the sentence
that words it another (knowledge/lexicon.py's synonym classes)."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MILL = """| 3 March 2025, Monday |

Workers halt Lakeside paper mill over pay

About 640 workers at Lakeside Paper's mill in Pinewood stopped work on Saturday after pay talks broke down, the union said.

The company, which employs 2,100 people, said it had offered a 3.5% pay rise over two years.
"""


def test_stopping_work_is_a_strike() -> None:
    expect(answered(_MILL, "how many workers are on strike?"), "640")


_IPO = """| 3 March 2025, Monday |

Solvara Health prices IPO at top of range

Solvara Health raised 12.4 billion rupees from 41 anchor investors on Friday, a day before its initial public offering opened.

The offering of 30 billion rupees was subscribed 12 times, and the company plans to use the proceeds to build two hospitals in Pune.

SEBI said last month it was reviewing rules on lock-in periods for anchor investors.
"""


def test_an_anchor_book_is_its_anchor_investors() -> None:
    expect(answered(_IPO, "how big was the anchor book?"), "12.4")


_RELIEF = """| 3 March 2025, Monday |

Thailand approves aid for rice farmers

Thailand's cabinet on Tuesday approved a 54 billion baht credit package for rice farmers hit by drought, a government spokesman said.

Rice exports fell 12% in the first two months of the year.
"""


def test_a_credit_package_is_a_relief_package() -> None:
    expect(answered(_RELIEF, "whats the size of the relief package?"), "54")


_PLANT = """| 21 October 2025, Tuesday |

Harbor Gas shuts LNG trains after compressor fault

Harbor Gas has shut two of its three liquefaction trains after a fault in a main compressor, the company said on Monday, forcing it to cancel or delay six cargoes due to load in November.

Chief Executive Ana Ruiz said the fault was spotted during routine monitoring on Saturday.

Repairs are expected to take three to five weeks.
"""


def test_picked_up_is_spotted() -> None:
    expect(answered(_PLANT, "when was the compressor problem first picked up?"), "Saturday")


_FUEL = """| 3 March 2025, Monday |

Lagos tanker drivers stay at home

Filling stations in Lagos raised fuel prices by 12% on Thursday, the oil ministry said.

Shortages hit 140 filling stations on Sunday, as 2,300 tanker drivers stayed at home.
"""


def test_running_short_is_a_shortage() -> None:
    expect(answered(_FUEL, "when did filling stations run short of fuel?"), "Sunday")


_POWER = """| 3 March 2025, Monday |

Berlin plans cheap power for industry

The finance ministry on Friday approved a subsidised industrial electricity price of 5 cents per kilowatt hour from January, the economy ministry said.

Chemical output fell 4.2% in the first nine months of 2025.
"""


def test_okd_is_approved() -> None:
    expect(answered(_POWER, "has the finance ministry ok'd the cheap power price?"), "Yes")


_ARMS = """| 3 March 2025, Monday |

Poland raises defence spending

Poland's parliament approved a 2026 budget with 200.1 billion zlotys for defence, up from 186.6 billion zlotys this year.

Hanseong Defence Systems will deliver the howitzers from 2027, and the package also includes 24 recovery vehicles.
"""


def test_military_spending_is_defence() -> None:
    expect(answered(_ARMS, "how big is the military budget next year?"), "200.1")


_WATCHES = """| 3 March 2025, Monday |

Swiss exports slide in October

Swiss watch exports fell 4.2% to 2.1 billion francs in October, the watch industry federation said, as 1.3 million watches were shipped abroad.

Exports of machinery rose 2.4% to 5.1 billion francs, and exports of chocolate fell 1.1%.
"""


def test_timepieces_are_watches() -> None:
    expect(answered(_WATCHES, "how many timepieces were exported in October?"), "1.3 million")


_MINE = """| 3 March 2025, Monday |

Strike at Andina copper mine enters third week

Workers at the Andina copper mine extended their strike into a third week on Tuesday, union leader Rosa Quispe said.

Andina Chief Executive Daniel Ortiz told reporters the company was losing production every day.
"""


def test_strikers_are_on_strike() -> None:
    expect(answered(_MINE, "who leads the strikers?"), "Quispe")


_AIRWAVES = """| 3 March 2025, Monday |

India's spectrum auction raises 1.42 trillion rupees

India's auction of mobile airwaves closed on Tuesday, raising 1.42 trillion rupees, the telecoms department said.

The country's three private operators bought 14,100 megahertz of spectrum, or about 19% of what was on offer.
"""


def test_telcos_are_operators() -> None:
    expect(answered(_AIRWAVES, "how many megahertz did the telcos buy?"), "14,100")


_CELLS = """| 3 March 2025, Monday |

Nordcell cuts jobs after carmaker scraps order

Nordcell said on Tuesday it would cut 1,150 jobs and delay its second factory by two years.

German carmaker Brenner scrapped a contract to buy battery cells worth 14 billion crowns in January, Nordcell said.

Revenue fell 17% to 1.41 billion crowns in the fourth quarter.
"""


def test_pulling_out_of_a_contract_is_scrapping_it() -> None:
    expect(answered(_CELLS, "what did brenner pull out of?"), "scrapped a contract")


_SEWAGE = """| 3 March 2025, Monday |

Regulator fines Mercia Water

Ofwat fined Mercia Water 96.4 million pounds on Tuesday for failing to run its sewage works properly.

Mercia said 41 of its treatment works were running at full capacity because of rapid housebuilding in the region.

The company will spend 2.1 billion pounds on upgrades by 2030.
"""


def test_maxed_out_is_at_full_capacity() -> None:
    expect(answered(_SEWAGE, "how many works are maxed out?"), "41")



_BEANS = """| 3 March 2025, Monday |

Brazil raises soy crop forecast

Brazil's crop agency Conab raised its forecast for the soybean harvest to 178.4 million tons on Thursday.

Soybeans at the port of Paranagua averaged 132.40 reais per 60-kg sack last week, down 6.8% from a month earlier.

Corn at Paranagua averaged 71.20 reais per sack.
"""


def test_beans_are_the_soybeans() -> None:
    expect(answered(_BEANS, "what are beans going for at paranagua?"), "132.40")


_HAZEL = """| 3 March 2025, Monday |

Turkey raises hazelnut purchase price

The state grain board TMO said it would pay growers 210 lira per kilogram for Giresun-quality hazelnuts, up from 132 lira a year earlier.

Exports fell 12% to 41,000 tonnes in the first two months of the year.
"""


def test_nuts_are_the_hazelnuts() -> None:
    expect(answered(_HAZEL, "how much will TMO pay per kilo for the nuts?"), "210")


_MONSOON = """| 3 March 2025, Monday |

Weak monsoon delays planting

Farmers had planted rice on 24.6 million hectares as of August 8, down 7.2% from a year earlier, farm ministry data showed.

The area under pulses fell 9.8% to 8.9 million hectares.
"""


def test_paddy_is_rice() -> None:
    expect(answered(_MONSOON, "How much land has gone under paddy this season?"), "24.6")
