"""What/which/how questions met on the sealed sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PROTOCOL = """| 3 March 2025, Monday |

Laotian fruit exports to China climb

Laos's fruit exports rose 21% in the first nine months of the year to 310,000 tonnes, the trade ministry said on Monday.

In June, Vientiane and Beijing signed a protocol opening the Chinese market to Laotian fresh mangosteen, passion fruit and dried longan, and talks on adding jackfruit would start next year.

Still pending is a protocol with China on frozen jackfruit, which officials said could be signed before the end of the year.
"""


def test_a_protocol_is_a_deal() -> None:
    # "the june deal": the story's protocol, whose list it gives
    expect(answered(_PROTOCOL, "what products does the june deal with beijing cover"), "passion fruit")


def test_a_deal_still_pending_is_not_signed_yet() -> None:
    reply = answered(_PROTOCOL, "is the frozen jackfruit agreement with china signed yet")
    expect(reply, "not yet")
    assert not reply.text.startswith("Yes")


_COVERS = """| 3 March 2025, Monday |

Ugandan vanilla shipments to China jump

Uganda's vanilla exports jumped 45% in the first nine months of the year to 410 tonnes, as a new sea-freight protocol allowed growers to ship cured beans in bulk to China alongside traditional buyers in Europe and the Middle East, an industry body said on Tuesday.

The protocol, signed with China's General Administration of Customs in March, lets exporters send cured beans in sealed containers through the port of Mombasa.

It covers farm registration, pest surveillance, moisture testing before the beans leave the warehouse and pre-shipment packhouse inspections.
"""


def test_a_holding_verb_opens_a_list_of_long_items() -> None:
    expect(answered(_COVERS, "What does the shipping deal with China cover?"), "farm registration")


_TENDER = """| 3 March 2025, Monday |

Uzbekistan picks builder for first hydro dam

Uzbekistan signed a contract with France's EDF on Monday to build a 1.2-gigawatt dam on the Pskem river, the energy ministry said.

Korea Water Resources Corporation (K-water), which finished second in the bidding, is in talks to build a smaller plant in the Fergana valley, a ministry official said.
"""


def test_a_runner_up_finished_second_in_the_bidding() -> None:
    expect(answered(_TENDER, "Which company was runner-up in the tender?"), "Korea Water Resources")
