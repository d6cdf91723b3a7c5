"""Figure questions answered with the wrong figure, met on this session's sets, each a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_DEALS = """| 3 March 2025, Monday |

Kazakh grain traders sign deals with Chinese firms

Kazakh grain traders signed 24 agreements worth a combined $960 million with Chinese companies at a fair in Astana on Tuesday, the agriculture ministry said.

Other agreements include a $75 million silo in Kostanay to be built by Henan Grain Storage Group.

The deals cover wheat, barley and flaxseed.
"""


def test_a_party_named_after_a_deals_worth_owns_that_worth() -> None:
    expect(answered(_DEALS, "how much are all the deals with the chinese companies worth"), "960")


_ROAD = """| 3 March 2025, Monday |

Toll takings rise on Kenya's Chinese-built expressway

Toll revenue on the Nairobi-Mombasa Expressway rose 12% to $48 million this year, its operator said, as more trucks took the 472-km road.

The road cut the trip between Nairobi and the port from about nine hours to five.

Traffic has grown for 18 months in a row, the operator said.
"""


@pytest.mark.parametrize("question", ["How long is the Nairobi-Mombasa expressway?", "how long is the route from nairobi to mombasa in km"])
def test_how_long_of_a_road_or_in_km_asks_its_length(question: str) -> None:
    expect(answered(_ROAD, question), "472")
