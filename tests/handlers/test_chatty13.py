"""Questions typed as chat: openers and fillers around them, an adverb after the counted thing,
a level arrived at ("what did exports hit?")."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 14 May 2025, Wednesday |

Baltic port handles record cargo as grain exports climb

Nearly 640 ships called at the port of Klaipeda in April, the port authority said on Tuesday.

Grain exports through the port surged to 1.8 million tonnes in April, the highest since 2019, while fertiliser shipments slipped 4% to 410,000 tonnes.

The terminal operator Baltic Bulk said it had hired 120 dock workers this year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("so how many ships actually called at klaipeda?", "640"),  # "actually": no thing counted
    ("how many dock workers has baltic bulk really hired", "120"),
    ("quick q: how many ships called at the port in april", "640"),
    ("quick question: how many dock workers did baltic bulk hire", "120"),
    ("hey bot, how many ships called at the port?", "640"),
    ("remind me how many dock workers baltic bulk hired", "120"),
    ("what did grain exports hit in april", "1.8 million tonnes"),  # a level arrived at
    ("remind me what grain exports reached in april", "1.8 million tonnes"),
    ("how much did grain exports reach in april?", "1.8 million tonnes"),
])
def test_chat_around_a_question_is_no_word_of_it(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


@pytest.mark.parametrize("question", [
    "what did grain exports hit in march",  # another month
    "what did coal exports reach in april",  # another thing
    "quick q: how many cruise ships called at klaipeda",
])
def test_the_chat_forms_still_abstain_on_what_the_article_lacks(question: str) -> None:
    expect(answered(_PORT, question), None)


def test_hi_tech_is_no_greeting() -> None:
    # "hi-" opens a word here, not a greeting to skip
    expect(answered(_PORT, "hi-tech exports in april?"), None)
