"""What- and how-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_OWNERS = """| 3 March 2025, Monday |

Chinese firm's Zambian smelter starts up

A copper smelter built by Jinlong Metals near Kitwe poured its first anode on Monday, officials said.

Jinlong Metals has spent about $900 million on the smelter and a power line. It holds 70% of Kafue Copper Smelting, with the remaining 30% owned by Zambia's state mining company Minerals Holdings.
"""


def test_which_companies_own_counts_the_it_that_holds_the_rest() -> None:
    reply = answered(_OWNERS, "which companies own kafue copper smelting")
    expect(reply, "Jinlong Metals")
    expect(reply, "Minerals Holdings")


_FAIR = """| 3 March 2025, Monday |

Georgian winemakers look east as exports climb

Georgia's wine exports to China rose 14% in the first half to 22 million lari, the agriculture ministry said on Tuesday.

Trade between the two countries grew 9% to $1.1 billion last year.

Nino Beridze, head of the export office, said 9 Georgian companies would take part in a national pavilion at the China International Import Expo in Shanghai next month.
"""


def test_what_measure_noun_thing_asks_the_thing_not_the_measure() -> None:
    # "trade" only says which fair: the fair is asked, not an amount of trade
    expect(answered(_FAIR, "What trade fair will 9 Georgian firms attend in Shanghai?"), "Import Expo")


_PROTOCOL = """| 3 March 2025, Monday |

Zambian honey heads to China under new protocol

Zambia shipped 420 tonnes of honey to China in the first nine months, up 31% from a year earlier, the agriculture ministry said.

The protocol, signed in Beijing in May, requires honey to be tested for residues and certified by a state laboratory before shipment.

Shipments are expected to reach 800 tonnes next year, exporters said.
"""


def test_what_does_x_require_asks_the_condition_not_an_amount() -> None:
    expect(answered(_PROTOCOL, "what does the protocol require before honey is shipped"), "tested for residues")
