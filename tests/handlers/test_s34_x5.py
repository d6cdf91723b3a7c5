"""Rules of wave x5, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_YARN = """| 3 December 2025, Wednesday |

Jute yarn exports rise on Turkish orders

Turkey, the biggest buyer of Bangladeshi jute yarn, booked about 52,000 tonnes of yarn last month, the spinners' association said.

Cocoa farmers replanted 31,000 hectares of diseased farms this year, the board said, and the state holds about 640,000 tonnes of grain in its reserves.

Harbin Mills built a 6.2% stake in Delta Spinners last month through purchases on the market.
"""


def test_booked_goods_are_ordered() -> None:
    expect(answered(_YARN, "how many tonnes of yarn did turkish buyers order last month"), "52,000")


def test_diseased_farms_are_sick_ones() -> None:
    expect(answered(_YARN, "how many hectares of sick farms were replanted"), "31,000")


def test_a_stockpile_is_held_in_reserves() -> None:
    expect(answered(_YARN, "how big is the grain stockpile"), "640,000")


_PORT = """| 20 October 2025, Monday |

Cameroon port ships more timber

Timber exports through the Cameroonian port of Kribi reached 1.3 million tonnes in the first nine months, up 8% year on year, with China taking 58% of the volume.

Cameroon's exports of aluminium rose 4% in the same period. China's exports of steel to Cameroon rose 5%.
"""


def test_a_place_the_goods_pass_through_trades_nothing() -> None:
    expect(answered(_PORT, "What share of timber shipped via Kribi is going to China?"), "58%")

