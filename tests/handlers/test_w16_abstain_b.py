"""Questions the article does not answer, though it names what they ask about: a post, a figure
or a date the text gives for something else."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_OFFTAKE = """| 4 March 2025, Tuesday |

Kyrgyz gold miner Altyn Kazyna signs sale deal with Chinese trader

Kyrgyzstan's state-owned gold miner Altyn Kazyna signed a sale agreement with a Chinese company at the Bishkek Mining Forum on Monday, the company said.

Under the deal, Guangzhou-based trader Hongda Bullion Trading will buy 12 tonnes of gold a year for three years and pay $300 million in advance, chief executive Almaz Beishenov told reporters at the forum.

Altyn Kazyna produced 18 tonnes of gold last year, up 6% from a year earlier, Beishenov said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("who is the boss of hongda bullion", None),
    ("who is the boss of altyn kazyna", "Almaz Beishenov"),
])
def test_a_bare_title_said_again_after_the_story_subject_is_not_the_other_body(question: str, expected: str | None) -> None:
    expect(answered(_OFFTAKE, question), expected)
