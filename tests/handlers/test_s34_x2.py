"""Rules of the 34th session's wave x2, each over a small made-up story."""

from __future__ import annotations

from handlers import Conversation, answer
from tests.handlers.stories import answered, dialog, expect, stored

_CURRENCY = """| 12 March 2025, Wednesday |

Kenyan shilling gains as tea earnings climb

NAIROBI, March 12 (Reuters) - The Kenyan shilling firmed 1.8% against the dollar over the past month to 129 per dollar on Tuesday, traders said.

Fuel prices in Nairobi rose to 180 shillings a litre last week from 175 shillings, the energy regulator said.
"""


def test_a_currency_that_firmed_gained() -> None:
    reply = answered(_CURRENCY, "did the shilling weaken over the past month")
    expect(reply, "firmed 1.8%")
    assert reply.text.startswith("No")


_SUPPLY = """| 19 November 2025, Wednesday |

Ghana refinery lines up crude for the coming months

ACCRA, Nov 19 (Reuters) - Ghana's Tema Oil Refinery processed 28,000 barrels a day in October, a spokesman said.

To keep the plant running, the refinery will buy 6 cargoes of crude from GNPC in December, up from 4 cargoes in November, the spokesman said on Monday.
"""


def test_a_month_asked_in_the_progressive_after_how_many_may_be_the_coming_one() -> None:
    expect(answered(_SUPPLY, "how many cargoes is the refinery getting from GNPC in dec"), "6 cargoes")


_PLANT = """| 19 November 2025, Wednesday |

Nepal's new hydro plant starts selling power

KATHMANDU, Nov 19 (Reuters) - The first of the plant's four 114-MW units was synchronised with the grid on Monday, the utility said. The remaining three units will be brought online one at a time by March next year, it said.

The plant cost 1.2 billion dollars to build, the utility said.
"""


def test_up_and_running_is_brought_online_and_turbines_are_units() -> None:
    expect(answered(_PLANT, "when will all 4 turbines be up and running"), "March")


_VESSEL = """| 16 October 2025, Thursday |

Suriname's first oil vessel starts pumping

PARAMARIBO, Oct 16 (Reuters) - Suriname's first floating production vessel began pumping oil on Tuesday, the minister said.

The vessel cost about $2 billion to build. It started up about four weeks ahead of schedule because commissioning work at sea was finished faster than planned, the operator said.
"""


def test_come_online_early_is_started_up_ahead_of_schedule() -> None:
    expect(answered(_VESSEL, "how come the vessel came online early"), "commissioning work")


_BEANS = """| 17 October 2024, Thursday |

Bolivian quinoa exports slide

LA PAZ, Oct 17 (Reuters) - Bolivia's quinoa exports fell 12% in September, exporters said.

About 9,000 tonnes went to China through international trading houses, as Bolivia has no direct export protocol with Beijing.

Exports to Peru rose 4% over the same period, the chamber said.
"""


def test_trading_houses_are_middlemen() -> None:
    expect(answered(_BEANS, "why does quinoa for china go thru middlemen"), "no direct export protocol")


_MINISTER = """| 19 November 2025, Wednesday |

Laos starts selling power from its new dam to Thailand

VIENTIANE, Nov 19 (Reuters) - Laos began exporting electricity from its new 600-MW dam to Thailand on Monday, the state utility said.

"This dam pays for itself," Finance Minister Somphone Keo told parliament on Tuesday.
"""


def test_a_post_asked_with_a_portfolio_the_sentence_lacks_is_another_post() -> None:
    expect(answered(_MINISTER, "who is thailand's power minister"), None)
    expect(answered(_MINISTER, "who's the finance minister"), "Somphone Keo")


_CARGO = """| 19 November 2025, Wednesday |

Senegal refinery ships its first diesel cargo

DAKAR, Nov 19 (Reuters) - Senegal's SAR refinery has begun exporting diesel, with a first cargo of 25000 tonnes sailing for the port of Banjul in Gambia on Tuesday, the company said.

Two traders said the Banjul cargo was priced at $690 a tonne.
"""


def test_it_after_where_a_thing_went_is_the_thing_not_the_place() -> None:
    reply = dialog(_CARGO, "where was the first export cargo sent", "how big was it")
    expect(reply, "25000 tonnes")


_COOP = """| 17 October 2024, Thursday |

Paraguayan growers turn to trucks as river runs dry

ASUNCION, Oct 17 (Reuters) - Paraguay's soybean exports fell 31% in September as the river sank to a record low, exporters said.

Gustavo Wiebe, general manager of the Nueva Esperanza cooperative in Canindeyu department, said the cooperative had sent about 45,000 tonnes of soybeans by road to Brazil since August.

Canindeyu's roads were repaired in 2023 at a cost of 8 million dollars, the ministry said.
"""


def test_it_after_a_person_answered_is_the_body_the_question_named() -> None:
    store, conversation = stored(_COOP), Conversation()
    answer("who heads the nueva esperanza coop", store, conversation)
    reply = answer("how many tonnes of soybeans have they sent by road?", store, conversation)
    expect(reply, "45,000 tonnes")
    assert conversation.last is not None and conversation.last.entity_keys == ["nueva esperanza"]


_PRICED = """| 19 November 2025, Wednesday |

Senegal refinery's diesel undercuts imports

DAKAR, Nov 19 (Reuters) - Senegal's refinery sold its first diesel export cargo to Gambia, the company said.

Gambia's fuel import bill fell 12% in the first nine months of 2025, the statistics office said, as diesel shipments from Europe slowed.

Two traders said the cargo was priced at $690 a tonne, roughly $15 a tonne below the cost of comparable cargoes shipped from Europe, because of the much shorter voyage.
"""


def test_below_the_cost_of_is_cheaper() -> None:
    expect(answered(_PRICED, "why is the refinery's diesel cheaper than european cargoes"), "shorter voyage")


_INCOME = """| 19 November 2025, Wednesday |

Nepal's new dam starts earning

KATHMANDU, Nov 19 (Reuters) - Nepal's new dam began selling power to India on Monday, the utility said.

The finance minister told parliament the government would use part of the new income to repay costlier commercial debt early.

The utility's revenue rose 8% last year, it said.
"""


def test_new_income_is_extra_money() -> None:
    expect(answered(_INCOME, "what will the govt do with some of the extra money"), "debt")


_WELLS = """| 16 October 2025, Thursday |

Suriname's oil vessel reaches 200,000 bpd

PARAMARIBO, Oct 16 (Reuters) - Suriname's first floating production vessel is pumping 200,000 barrels per day, the operator said.

"We have brought 12 wells online in the first phase," the country manager said in a statement. The company now employs 900 people.

A Chinese partner would lift its first cargo of about 1 million barrels from the vessel in November and ship it to its refinery in the port city of Zhoushan, a spokeswoman said.
"""


def test_wells_hooked_up_are_brought_online() -> None:
    expect(answered(_WELLS, "how many wells were hooked up in the first phase"), "12 wells")


def test_a_cargo_in_barrels_is_oil_refined_at_a_refinery() -> None:
    expect(answered(_WELLS, "in which chinese city will the oil be refined"), "Zhoushan")


_LOADED = """| 17 October 2024, Thursday |

Bolivian soy finds a way to China

LA PAZ, Oct 17 (Reuters) - Bolivia's soybean exports fell 12% in September, exporters said.

About 300,000 tonnes went to China through trading houses that move the beans onto ocean vessels at Nueva Palmira in Uruguay, as Bolivia has no sea port.
"""


def test_ships_after_onto_are_vessels_and_a_bound_cargo_tells_its_end() -> None:
    expect(answered(_LOADED, "where do china-bound cargoes get loaded onto ocean ships"), "Nueva Palmira")


_GRADE = """| 19 November 2025, Wednesday |

Ghana refinery turns to imported crude

ACCRA, Nov 19 (Reuters) - Ghana's Tema Oil Refinery processed 28,000 barrels a day in October, a spokesman said.

The refinery also imported 2 million barrels of U.S. WTI Midland crude in October because local supply remained unreliable.

Its revenue rose 8% to 1.2 billion cedis last year, the company said.
"""


def test_what_grade_of_asks_a_kind_not_an_amount() -> None:
    expect(answered(_GRADE, "what grade of us crude has the refinery brought in"), "WTI Midland")
