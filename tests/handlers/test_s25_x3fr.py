"""Figure questions answered with the wrong figure, met on this session's sets, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DEALS = """| 3 March 2025, Monday |

Kazakh grain traders sign deals with Chinese firms

Kazakh grain traders signed 24 agreements worth a combined $960 million with Chinese companies at a fair in Astana on Tuesday, the agriculture ministry said.

Other agreements include a $75 million silo in Kostanay to be built by Henan Grain Storage Group.

The deals cover wheat, barley and flaxseed.
"""


def test_a_party_named_after_a_deals_worth_owns_that_worth() -> None:
    expect(answered(_DEALS, "how much are all the deals with the chinese companies worth"), "960")
