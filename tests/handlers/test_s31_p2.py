"""Yes-no rules met on wave p2's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_COPPER = """| 14 August 2025, Thursday |

Zambia's copper earnings climb on higher prices

Zambia's copper exports rose 12% year-on-year to $4.1 billion in January-June, the central bank said, as higher world prices more than offset a 3% drop in export volumes.

The government wants output to reach 1 million tonnes by 2031.
"""


def test_a_move_written_as_a_noun_moves_what_its_in_names() -> None:
    reply = answered(_COPPER, "did copper export volumes go up in h1")
    expect(reply, "3% drop in export volumes")
    assert reply.text.startswith("No")


_COFFEE = """| 3 October 2025, Friday |

Kenyan coffee exports climb as prices hold

Kenya's coffee exports rose 9% to 41,000 tonnes in the first nine months of the year, the coffee board said.

Kenya's coffee production fell 6.1% to 48,500 tonnes in the first nine months of the year, board data showed.
"""


def test_growing_more_of_a_crop_asks_its_output() -> None:
    reply = answered(_COFFEE, "did kenya grow more coffee this year than last")
    expect(reply, "production fell 6.1%")
    assert reply.text.startswith("No")


_MAIZE = """| 17 October 2025, Friday |

Zambian maize exports sink as river runs low

Maize export earnings slid 19% to $310 million over the first nine months.

In the January-September period exports totalled 1.2 million tonnes, 7% less than in the same months of 2024, the grain board said.
"""


def test_going_up_versus_a_year_is_a_move_stated_against_that_year() -> None:
    reply = answered(_MAIZE, "did maize exports for jan-sep go up vs 2024?")
    expect(reply, "7% less than in the same months of 2024")
    assert reply.text.startswith("No")


_FRUIT = """| 3 October 2025, Friday |

Vietnamese lychee, longan shipments to China by rail surge

Vietnam's rail shipments of lychee and longan to China jumped 40% in the first nine months of the year to 230,000 tonnes, the trade ministry said.

Lychee made up the bulk of the cargo at 190,000 tonnes, while longan accounted for the remaining 40,000 tonnes.

The ministry expects rail shipments of the two fruits to reach 300,000 tonnes for the full year.
"""


def test_a_combined_total_answers_for_neither_part() -> None:
    reply = answered(_FRUIT, "did longan rail shipments top 100k tonnes")
    expect(reply, "40,000 tonnes")
    assert reply.text.startswith("No")


_TUNNEL = """| 3 March 2025, Monday |

Chinese builder opens Serbian rail tunnel

China's state-owned Tianlu Tunnel Group on Monday opened a 6.1-km rail tunnel under the Fruska Gora hills in northern Serbia.

Work took 41 months and was finished three months ahead of schedule, the company said.

The 80-MW Tisa wind farm, originally due for completion in 2019, was connected to the grid last week.
"""


def test_finishing_ahead_of_schedule_is_not_late() -> None:
    reply = answered(_TUNNEL, "was the tunnel finished late")
    expect(reply, "ahead of schedule")
    assert reply.text.startswith("No")


def test_a_date_first_due_by_says_a_finishing_was_not_on_time() -> None:
    reply = answered(_TUNNEL, "was the wind farm finished on time")
    expect(reply, "originally due for completion in 2019")
    assert reply.text.startswith("No")


_SCOOTERS = """| 3 October 2025, Friday |

Chinese scooter makers expand in Uganda

Uganda registered 98,000 new motorcycles in the first nine months of the year, up 8.2% from a year earlier, according to the transport ministry. Electric models made up 3.1% of new registrations, down from 3.5% in the whole of last year.
"""


def test_a_motorbike_is_a_motorcycle() -> None:
    reply = answered(_SCOOTERS, "did motorbike registrations go up yoy")
    expect(reply, "98,000 new motorcycles")
    assert reply.text.startswith("Yes")


_EBIKES = """| 3 October 2025, Friday |

Chinese scooter makers expand in Uganda

Uganda registered 98,000 new motorcycles in the first nine months of the year, down 4.1% from a year earlier, according to the transport ministry. Electric motorcycles made up 3.1% of new registrations, up from 2.5% in the whole of last year.
"""


def test_a_share_of_a_thing_moving_is_no_move_of_the_thing() -> None:
    reply = answered(_EBIKES, "did motorcycle registrations go up yoy")
    expect(reply, "down 4.1%")
    assert reply.text.startswith("No")


_JUTE = """| 3 March 2025, Monday |

Bangladesh jute mills reopen

Bangladesh imported 2.1 million tonnes of raw cotton last year, up 9% from 2023, as new mills came online.
"""


def test_bd_is_bangladesh() -> None:
    reply = answered(_JUTE, "did bd cotton imports go up last yr")
    expect(reply, "up 9%")
    assert reply.text.startswith("Yes")
