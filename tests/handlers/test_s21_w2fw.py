"""Rules met on the 21st session's blind sets: figures asked by another verb of the same deed."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_REFINER = """| 6 November 2025, Thursday |

Shandong refiner buys more Kazakh crude

Qilu Energy, one of the province's largest independent plants, paid about 4.2 billion yuan ($590 million) for Kazakh cargoes in the third quarter, its chief executive told a conference on Thursday. He said the company had cut purchases of Omani crude by 25% because Kazakh barrels were $3 a barrel cheaper.
"""


def test_what_a_buyer_spends_on_goods_is_what_it_paid_for_them() -> None:
    expect(answered(_REFINER, "how much did qilu spend on kazakh cargoes in q3"), "4.2 billion")


_PARK = """| 4 November 2025, Tuesday |

More firms move into Danube park

Nine companies became residents of the Danube Logistics Park near Ruse in the first nine months of the year, lifting the total to 84, the park's operator said on Tuesday.

The firms have promised to invest $150 million.
"""


def test_a_number_there_is_now_is_the_total_a_step_lifts_to() -> None:
    expect(answered(_PARK, "how many companies are resident at the danube park now"), "84")


def test_the_step_of_a_period_asked_is_no_total() -> None:
    expect(answered(_PARK, "how many companies became residents of the park in the first nine months"), "Nine")
