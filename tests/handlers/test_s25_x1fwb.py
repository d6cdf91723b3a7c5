"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BORDER = """| 3 March 2025, Monday |

Border delays hold up fruit trucks

Trucks carrying fresh fruit were backed up for about 12 km on the road to the Dostyk crossing on Sunday, the customs office said.

Some 410 trucks were waiting to cross, the office said.
"""


def test_how_long_a_queue_is_is_its_length() -> None:
    expect(answered(_BORDER, "How long was the truck queue to the Dostyk crossing?"), "12 km")
