"""Derived figures worked from stated ones, where the question names the measure by another
word than the story: a port's throughput is what it handled, ridership is passengers."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 4 March 2025, Tuesday |

Mombasa port traffic climbs

Mombasa port handled 41.2 million tonnes of cargo in 2024, up 15.2% from a year earlier, the Kenya Ports Authority said.

Monthly ridership on the city's commuter trains reached 120,000 in January, compared with 95,000 in October.
"""


def test_a_ports_throughput_is_what_it_handled() -> None:
    expect(answered(_PORT, "what was the port's throughput the year before"), "35.8")


def test_ridership_counts_passengers() -> None:
    expect(answered(_PORT, "how many more passengers were there in january than in october"), "25,000")


_CROSSING = """| 4 March 2025, Tuesday |

Grain through Khorgos jumps

Kazakh wheat shipments to China through the border town of Khorgos rose 25% in the first half of the year from a year earlier to 1.5 million tonnes, the operator said.
"""


def test_goods_crossing_at_a_place_are_its_shipments_through_it() -> None:
    expect(answered(_CROSSING, "how much wheat crossed at khorgos in the same period a year earlier"), "1.2")


_RATE = """| 4 March 2025, Tuesday |

Cedi slides

The cedi traded at 15.40 per dollar on Tuesday, compared with 14.90 at the end of June, according to central bank data.
"""


def test_what_a_currency_costs_in_another_is_the_rate() -> None:
    expect(answered(_RATE, "how many more cedis does a dollar cost now than at the end of june"), "0.5")
