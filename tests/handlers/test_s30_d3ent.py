"""Answering rules of wave d3ent, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DRY_PORT = """| 3 March 2025, Monday |

Border dry port handles record cargo

Container throughput at the Altynkol terminal on Mongolia's border with Russia rose 12% in the first half to 88,000 TEUs, the operator said on Friday.

A new crane raised the yard's daily handling capacity to 900 TEUs from 600 TEUs, it said.
"""


def test_places_setting_a_place_on_a_border_own_none_of_its_figure() -> None:
    reply = answered(_DRY_PORT, "how many containers did altynkol handle in the first half")
    expect(reply, "88,000")
