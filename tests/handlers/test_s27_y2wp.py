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


_TRAIN = """| 3 March 2025, Monday |

Kenya's new railway starts hauling freight between Mombasa and Naivasha

The first train, pulling 52 containers loaded with cement, steel bars and cooking oil, left the Nairobi inland container depot early on Monday and reached Naivasha in just under eleven hours, the railway's director general told reporters.

The government hopes freight will lift rail's share of cargo leaving Kilindini port to 40% by 2030 from less than 10% now, Transport Minister Davis Chirchir said at the launch ceremony in Naivasha.
"""


def test_the_place_a_train_left_is_where_it_set_off_from() -> None:
    expect(answered(_TRAIN, "where did the first freight train set off from"), "Nairobi")
