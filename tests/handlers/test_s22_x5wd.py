"""Places asked by an everyday clipping or adjective of a region's name, where the story writes
the other form."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRY = """| 10 February 2025, Monday |

Island growers wait for new ferry

Tasmanian apple growers expect to resume weekly shipments from Devonport in May, the growers' association said.

Victorian growers shipped 4,000 tonnes in January.
"""


def test_a_clipped_state_name_asks_the_state_the_story_names_by_adjective() -> None:
    expect(answered(_FERRY, "When do Tassie apple growers expect to resume weekly shipments?"), "May")
