"""Questions met on the bundled article's sets this session, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TALKS = """| 3 March 2025, Monday |

Kenyan and Ethiopian leaders agree on power line

The deal follows a meeting between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed on Tuesday in Addis Ababa.

The 1,000 km line will carry 400 megawatts from 2027, the power company said.
"""


def test_a_sitdown_run_together_is_a_meeting_when_asked() -> None:
    expect(answered(_TALKS, "when did ruto and abiy have their sitdown"), "Tuesday")


def test_a_sitdown_run_together_is_a_meeting_where_asked() -> None:
    expect(answered(_TALKS, "where did the ruto abiy sitdown take place"), "Addis Ababa")
