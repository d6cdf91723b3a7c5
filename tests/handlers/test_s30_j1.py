"""Yes-no questions met on this session's sets (class j1), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TURBINES = """| 3 March 2025, Monday |

Norway's wind turbine exports hit record on German demand

OSLO, March 3 (Reuters) - Norway's wind turbine exports rose 11.5% last year to 9.2 billion crowns, the trade council said on Monday.

Investment into the wind turbine industry reached 2.1 billion crowns last year, 19% more than a year earlier.

The sector accounted for 36% of Norway's total industrial exports in 2024, up from 31% a year earlier, the council said.
"""


def test_a_share_asked_is_told_by_the_sector_standing_in_for_the_story_subject_not_by_a_growth() -> None:
    reply = answered(_TURBINES, "Were wind turbines more than 30% of Norway's total industrial exports in 2024?")
    expect(reply, "36%")
    assert reply.text.startswith("Yes")
