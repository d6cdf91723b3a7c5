"""Figures the article states under another word than the question's."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLANT = """| 3 March 2025, Monday |

Ruritania picks builder for first nuclear plant

The plant near the town of Valmor will have two reactors with a combined capacity of 2.2 gigawatts, the energy minister said.

Ruritania has sought new generating capacity because its old coal-fired plants are struggling to keep up with demand.
"""


def test_a_capacity_in_gigawatts_is_generating_capacity() -> None:
    expect(answered(_PLANT, "What's the total generating capacity of the plant in GW?"), "2.2")
