"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINISTER = """| 3 March 2025, Monday |

Zambia's copper exports to China climb

Zambia's copper exports rose 12% last year to 910,000 tonnes, the central bank said. Chinese Vice Commerce Minister Li Fei said demand was rising.

Most of the copper is trucked to the port of Durban and shipped to Ningbo in China's Zhejiang province. The mines sent 212 containers through Durban in January-September, said Elias Banda, operations manager at the port.

Mines and Energy Minister Paul Kabuswe told parliament last week that the mines paid 3.1 billion kwacha in royalties, up from 2.4 billion kwacha the year before.
"""


def test_a_minister_titled_with_no_country_is_the_storys_own_countrys() -> None:
    expect(answered(_MINISTER, "who is zambia's mines minster"), "Paul Kabuswe")
