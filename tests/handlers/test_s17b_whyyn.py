"""Why and yes/no questions: a reason or a verdict only from the asked subject's own clause."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CASHEW = """| 6 October 2025, Monday |

Cambodia's cashew export earnings climb as prices rise

Cambodia's raw cashew export revenue rose 21.3% in January to September from a year earlier to $912 million, even as shipment volumes fell, the Cashew Nut Association said on Monday.

The kingdom shipped 402,000 tonnes of raw nuts in the period, down 6.4% from the same period last year, the association's data showed.

"Farmers in Kampong Thom are switching to rubber and mango, which are more profitable," association president Uch Borey said.
"""


_CASHEW_TONNES = """| 6 October 2025, Monday |

Cambodia's cashew shipments shrink

Cambodia shipped 402,000 tonnes of raw cashew nuts in January to September, down 6.4% from the same period last year, the Cashew Nut Association said.

"Prices have risen because farmers in Kampong Thom are switching their cashew land to rubber and mango, which are more profitable," association president Uch Borey said.
"""


def test_more_of_a_quality_is_no_more_of_an_amount() -> None:
    reply = answered(_CASHEW_TONNES, "did cambodia ship more cashews than last yr")
    expect(reply, "6.4%")
    assert reply.text.startswith("No")


def test_by_volume_is_not_answered_by_a_move_in_money() -> None:
    reply = answered(_CASHEW, "did cambodia ship more cashews by volume than last yr")
    expect(reply, "6.4%")
    assert reply.text.startswith("No")


_PARK = """| 14 October 2025, Tuesday |

Serbian logistics park signs rail deal

Exports by residents of the Danube Logistics Park near Novi Sad rose 12% to $190 million in January-September, the park's administration said.

Most cargo from the park now travels by barge to Constanta, because strikes and a bridge closure in Hungary have cut off the fastest rail routes to Europe.
"""


def test_a_place_asked_as_the_way_owns_no_reason() -> None:
    # Europe is where the route goes, not whose reason it is: "because" comes before its name
    expect(answered(_PARK, "why doesnt park cargo take the fastest route to europe"), "strikes")

_SOY = """| 15 October 2025, Wednesday |

Kazakh soybean exports to China climb

Kazakhstan's Almaty region shipped 91,000 tonnes of soybeans to China in July-September, up 22% from a year earlier, officials said.

China, the world's biggest soybean buyer, imported 99.4 million tonnes last year, mostly from Brazil and the United States, and Kazakh beans made up less than 1% of that total.

Almaty is Kazakhstan's largest soybean-growing region, accounting for about 70% of the national crop.
"""


def test_a_top_given_to_the_one_asked_is_no_top_of_another() -> None:
    # China is the biggest buyer, which ranks another thing than the growing region asked
    reply = answered(_SOY, "Is Almaty the top soybean-producing region in Kazakhstan?")
    expect(reply, "70%")
    assert reply.text.startswith("Yes")
