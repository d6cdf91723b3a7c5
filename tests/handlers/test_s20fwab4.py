"""Answers that should not have been given: a figure of the whole where one part was asked."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_BORDER = """| 4 November 2025, Tuesday |

Laos-China trade via Boten grows as coffee, tea and pepper exports climb

Trade between Laos and China through the Boten border crossing rose 11.2% in the first nine months of the year to $2.05 billion, the Lao commerce ministry said on Monday.

Exports of pepper climbed 9% to 14,300 tonnes, traders said.

Laos's exports through Boten were worth 9.6 trillion kip ($440 million) over the nine months, the ministry said.
"""


def test_a_kind_listed_in_the_headline_is_not_the_bare_measure() -> None:
    # "exports through Boten were worth ..." measures coffee, tea and pepper together
    expect(answered(_BORDER, "what were the pepper exports worth in usd"), None)


@pytest.mark.parametrize(("question", "expected"), [
    ("how much did pepper exports rise", "9"),
    ("what were exports through boten worth in usd", "440"),
])
def test_a_sentence_naming_the_kind_or_the_whole_still_answers(question: str, expected: str) -> None:
    expect(answered(_BORDER, question), expected)
