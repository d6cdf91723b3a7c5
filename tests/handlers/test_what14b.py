"""What / which questions of the fourteenth pass (second hour): everyday words for "mostly", and
the kinds of goods a list names."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 19 November 2025, Wednesday |

Kenyan railway freight rises

Kenya Railways carried 6.1 million tonnes of freight in the year to June, up 9% from a year earlier, but still moves less than a tenth of the country's cargo.

Its main loads are clinker, soda ash, maize and containers from Mombasa's port, Chief Executive Peter Otieno said.
"""


_CARGO = """| 19 November 2025, Wednesday |

Kenyan railway freight rises

Kenya Railways carried 6.1 million tonnes of freight in the year to June, up 9% from a year earlier, the company said.

The railway's cargo was mainly clinker and soda ash from Magadi, Chief Executive Peter Otieno said.
"""


def test_mostly_is_mainly() -> None:
    # "mostly" / "was mainly clinker": not the sentence that only names the cargo's tonnes
    expect(answered(_CARGO, "what was the railway's cargo mostly?"), "clinker")


def test_mostly_is_main() -> None:
    # "mostly carry" / "Its main loads are": the same, in other words
    expect(answered(_RAIL, "What sort of goods do the trains mostly carry?"), "clinker")


_ZONE = """| 20 November 2025, Thursday |

Chinese firms pile into Morocco's Tangier zone

Exports from the Tangier Tech zone rose 21.5% in the first nine months of 2025 to $910 million. Copper cable, car seats, solar glass, electric scooters and kitchen appliances made up most of the shipments, which went mainly to Spain, France, Germany and Italy.

Zhenfeng Motor, an electric scooter maker from Ningbo, opened an assembly line in the zone in June with capacity for 40,000 units a year and is shipping mainly to Senegal, Ghana and Nigeria.
"""


def test_kinds_of_goods_are_a_list_of_things_not_places() -> None:
    # "mainly to Senegal, Ghana and Nigeria" lists where they go; the kinds are the goods listed
    reply = answered(_ZONE, "what kinds of goods does the zone mostly ship out")
    expect(reply, "Copper cable")
    expect(reply, "solar glass")


def test_what_a_body_makes_is_its_aside() -> None:
    # "an electric scooter maker from Ningbo" says what it builds; "opened an assembly line" only where
    expect(answered(_ZONE, "What does Zhenfeng Motor build there?"), "electric scooter maker")


_PHASE = """| 18 November 2025, Tuesday |

Korean battery maker starts output in Poland

Korean battery maker Daesung Energy began mass production at its new plant near Wroclaw on Monday, the company said.

The plant will employ about 2,100 people when it runs at full capacity of 30 GWh a year, up from 1,400 now.

A second phase, costing a further 900 million euros and lifting annual capacity to 55 GWh, is awaiting an environmental permit from the regional office, which is expected to rule in March.
"""


def test_a_stage_is_a_phase_and_awaiting_is_what_holds_it_up() -> None:
    # "the second stage" / "A second phase"; what holds it up is what it is awaiting, not ", lifting"
    expect(answered(_PHASE, "What's holding up the second stage of the project?"), "permit")


def test_stage_two_is_the_second_phase() -> None:
    expect(answered(_PHASE, "what's holding up stage two"), "permit")
