"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAILWAY = """| 3 March 2025, Monday |

Port of Tema gains from new rail link

Container volumes at Ghana's Tema port rose 9.4% last year to 1.3 million twenty-foot equivalent units, the Ghana Ports and Harbours Authority said.

In June, Ghana and China signed a deal to link the port to the Eastern Railway, which runs inland to Kumasi.

The Chinese-built railway carried 2.6 million tonnes of freight out of Tema last year, port director Kofi Mensah said.

The port handled 24.5 million tonnes of cargo in 2024, up from 22.1 million tonnes a year earlier.
"""


def test_a_name_is_called_back_by_its_head_after_a_builders_compound() -> None:
    # "The Chinese-built railway" is the Eastern Railway, and the builder's compound owns none of its freight
    expect(answered(_RAILWAY, "how much freight did the Eastern Railway haul out of tema"), "2.6 million tonnes")


_GOLD = """| 3 March 2025, Monday |

Pacific gold miners ship more to Australia

A gold mine in Fiji shipped 3.1 tonnes of gold to Australia last year, the mines ministry said.

A gold mine in Papua New Guinea shipped 14.2 tonnes of gold to Australia last year, up 6% from a year earlier.

Mines across the region shipped 40.5 tonnes of gold in all, and the PNG government expects more next year.
"""


def test_png_is_papua_new_guinea() -> None:
    expect(answered(_GOLD, "how much gold did the png mine ship last year"), "14.2 tonnes")


_CARDAMOM = """| 3 March 2025, Monday |

Honduran coffee finds new buyers in Asia

Most of the coffee is trucked about 180 kilometres from Copan to Puerto Cortes on the Caribbean coast, which handled 612 containers of coffee bound for China in the first nine months, up from 240 a year earlier.

Puerto Castilla handled 95 containers of coffee bound for Japan in the same period.

Coffee exports reached 1,450 containers in all.
"""


def test_goods_bound_for_the_asked_end_are_its_shipment() -> None:
    # the port before the figure is where the containers passed, not a rival owner of them
    expect(answered(_CARDAMOM, "how many containers of coffee for china did the port handle"), "612 containers")


_BRIDGE = """| 3 March 2025, Monday |

Chinese firm finishes Danube bridge

The 210 million euro bridge project was 75% funded by the European Union, with the rest coming from the state budget, officials said.

Traffic on the old crossing rose 12% last year, and freight costs fell 8%.
"""


def test_a_percent_funded_by_a_payer_is_the_share_it_paid() -> None:
    expect(answered(_BRIDGE, "what pct of the project did the EU pay for"), "75%")
