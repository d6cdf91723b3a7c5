"""When questions met on this session's blind sets, each kept as a general rule over a small
story: a year told relative to the article's date, asked in other words than the story's."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_WAR = """| 12 May 2024, Sunday |

Georgia courts Chinese builders

Tbilisi has sought closer ties with Chinese investors since Russian forces invaded Ukraine two years ago, officials said.

Chinese firms won 14 road contracts in Georgia in the first quarter, the transport ministry said on Friday.
"""


@pytest.mark.parametrize("question", [
    "what year did russian troops go into ukraine",
    "when did russian soldiers go into ukraine",
])
def test_troops_are_the_forces_the_story_names(question: str) -> None:
    expect(answered(_WAR, question), "2022")


def test_per_the_piece_is_no_word_to_find() -> None:
    expect(answered(_WAR, "what yr did russia invade ukraine per the piece"), "2022")
