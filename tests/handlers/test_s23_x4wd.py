"""Where, when and who questions met on the held-out sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered

_LINE = """| 14 October 2025, Tuesday |

Peruvian fruit heads to China on new reefer line

Peru's avocado exports rose 12% this year, growers said on Tuesday, as a new refrigerated shipping line from Callao began carrying fruit to Chinese ports.

The weekly service, run by Lima-based carrier Andes Reefer Lines, left the port of Callao on Monday with 540 refrigerated containers bound for Shanghai and Qingdao.
"""


def test_places_gone_to_not_where_the_ship_left_nor_its_carriers_home() -> None:
    reply = answered(_LINE, "Which Chinese ports is the new line going to?")
    named = reply.text.split(".")[0]
    assert reply.answered and "Shanghai" in named and "Qingdao" in named, reply.text
    assert "Callao" not in named and "Lima" not in named, reply.text
