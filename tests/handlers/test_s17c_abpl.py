"""Near misses a story does not answer: a base worked back over another span than the one asked,
...: refused, not answered with a figure of something else."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FREIGHT = """| 7 October 2025, Tuesday |

Container rates climb as dock strike drags on

Spot rates for shipping a 40-foot container from Busan to Seattle rose 18% this week to $3,540, the Boxline index showed.

The strike at West Coast terminals entered its second week on Monday, with 41 ships waiting at anchor.
"""


def test_a_weeks_move_works_back_to_no_level_a_year_ago() -> None:
    expect(answered(_FREIGHT, "what did it cost to ship a container from busan to seattle a year ago"), None)


def test_a_weeks_move_still_gives_the_level_reached() -> None:
    expect(answered(_FREIGHT, "what does it cost to ship a container from busan to seattle now"), "3,540")
