"""Unanswerable questions near a stated figure: the right subject, but a direction, a buyer or a
measure the story does not give."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 6 October 2025, Monday |

Rail operator hauls less ore to the ports

Northline Rail said on Monday it had carried 12.4 million tonnes of iron ore east in the third quarter, down 4% year-on-year, because of track repairs.

The company plans to spend 900 million dollars on new wagons next year.
"""


def test_westbound_is_not_answered_by_a_load_carried_east() -> None:
    expect(answered(_RAIL, "How much ore did Northline haul westbound in the third quarter?"), None)


def test_eastbound_still_finds_the_load_carried_east() -> None:
    expect(answered(_RAIL, "How much ore did Northline carry east in the third quarter?"), "12.4 million tonnes")


_SUGAR = """| 9 December 2025, Tuesday |

Thai sugar sales to Indonesia slow

Indonesia, the region's biggest buyer of raw sugar, imported 410,000 tonnes of Thai sugar last month, down 12% from October, because a rally in Thai prices made Brazilian cargoes cheaper.

Thailand's cane crush is due to start next week, the Thai Sugar Millers Corporation said.
"""


def test_the_goods_origin_is_not_the_buyer_asked() -> None:
    expect(answered(_SUGAR, "How much sugar did Thailand import last month?"), None)


def test_the_buyer_of_the_goods_still_answers() -> None:
    expect(answered(_SUGAR, "How much Thai sugar did Indonesia import last month?"), "410,000 tonnes")


_SPICE = """| 8 October 2025, Wednesday |

Cambodian cardamom exports climb

Cambodia shipped 8,200 tonnes of cardamom in January to September, the trade ministry said. The European Union bought 1,900 tonnes, led by Germany.
"""


def test_the_value_of_sales_is_no_tonnage() -> None:
    expect(answered(_SPICE, "What was the dollar value of cardamom sold to EU buyers?"), None)


_PORT = """| 10 October 2025, Friday |

Eastern port keeps its lead

Kestrel port near Varna shipped 14.2 million tonnes of grain in January-September, remaining the largest grain terminal on the coast.
"""


def test_a_month_is_not_answered_by_the_nine_months_holding_it() -> None:
    expect(answered(_PORT, "kestrel grain volumes in august"), None)


def test_the_stretch_named_still_answers() -> None:
    expect(answered(_PORT, "kestrel grain volumes in january-september"), "14.2 million tonnes")
