"""Figure questions that answered with another figure of the same article: the share asked as a
"portion", and "the port's" in lower case, which names the story's port, not another one's name."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PASSES = """| 3 March 2025, Monday |

Border freight hits record

Freight through the two mountain passes rose 12% in 2024 to 3.1 million tonnes, according to the customs office, with Kalsay handling about 58% of the total.

Exports to the west, mostly machinery, accounted for $9.2 billion, while imports totalled just $400 million.
"""


def test_a_portion_asked_is_a_share() -> None:
    expect(answered(_PASSES, "What portion of the freight went via Kalsay?"), "58%")


_PORT = """| 3 March 2025, Monday |

Marlin port cargo climbs

Marlin handled 2.3 million tonnes of cargo in the year to June, up 21% from a year earlier, the port authority said. That compares with more than 40 million tonnes at Port Selim in Karachi, the country's second-largest port.

Government cargo, mostly wheat and fuel, made up 47% of the total.

The authority expects annual throughput to exceed 3 million tonnes next year.
"""


def test_the_ports_in_lower_case_is_no_named_port() -> None:
    # "the port's" is the story's port, not Port Selim, the only name that begins with "Port"
    expect(answered(_PORT, "How many tonnes was the port's cargo?"), "2.3 million")
    expect(answered(_PORT, "What share of the port's cargo was government shipments?"), "47%")


_SPICE = """| 3 March 2025, Monday |

Cambodian cardamom earnings soar

Cambodia's cardamom export revenue jumped 31.2% in the first nine months of the year from a year earlier to $412 million, the trade ministry said on Monday.

The country, the largest grower of the spice, shipped 21,400 tonnes in January-September, down 4% from a year earlier, as prices hit a record.
"""


def test_a_volume_asked_is_tonnes_not_earnings() -> None:
    expect(answered(_SPICE, "What volume of cardamom did Cambodia export from January through September?"), "21,400")


_SMELTER = """| 3 March 2025, Monday |

Chinese firm to upgrade Tajik smelter

Under the agreement, signed in Dushanbe, the Chinese company will replace 300 of the plant's 480 furnaces over five years, lifting annual capacity to 410,000 tonnes from about 150,000 tonnes now.
"""


def test_a_length_of_time_is_no_capacity() -> None:
    expect(answered(_SMELTER, "what capacity will the smelter have after the upgrade"), "410,000")


_MAIZE = """| 3 March 2025, Monday |

Zambian maize harvest seen at record

Zambia, the region's largest maize grower, exported 2.4 million tonnes of the grain between January and October.

Farmers are expected to plant more this season, and the government said planted area is seen rising 4.1% to 1.6 million hectares.
"""


def test_land_asked_is_an_area_not_tonnes() -> None:
    expect(answered(_MAIZE, "How much land are Zambian farmers putting into maize?"), "1.6 million hectares")
