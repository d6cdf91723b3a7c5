"""Questions over the bundled article's kind of story, written the ways users type them: everyday
words for an event, ..."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Polish and Czech firms sign supply deals at border fair

Polish and Czech companies attending a trade fair in Wroclaw signed 30 supply agreements, the organisers said.

The fair was attended by regional officials, bankers and about 300 exhibitors from both countries.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("which city hosted the polish-czech meetup?", "Wroclaw"),  # a "meetup" is the fair
])
def test_a_meetup_is_an_event(question: str, expected: str) -> None:
    expect(answered(_FAIR, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("who else went to the wroclaw fair?", "bankers"),  # went to a gathering: attended it
    ("who came to the fair", "bankers"),
    ("who else was at the fair? give me the list", "bankers"),  # the list asked is no word to find
])
def test_who_went_to_a_gathering_attended_it(question: str, expected: str) -> None:
    expect(answered(_FAIR, question), expected)

