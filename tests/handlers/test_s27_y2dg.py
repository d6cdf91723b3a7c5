"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_WOOL = """| 3 March 2025, Monday |

Wool prices climb as Chinese mills buy more

The Riverton Wool Exchange, a state-owned auction house that opened in March, sold 4,100 tonnes of wool last season.

The average auction price rose 9.5% to 248 rand per kilogram, said Thandi Mokoena, an agricultural economist at Harbour Trust Bank in Riverton.

Chinese mills bought 70% of the wool sold, up from 55% a year earlier.
"""


def test_employer_is_the_body_the_role_names_whole_not_one_named_after_its_town() -> None:
    expect(dialog(_WOOL, "who is the agricultural economist quoted?", "which bank does she work for"), "Harbour Trust Bank")


def test_they_after_asking_for_one_person_is_that_person() -> None:
    expect(dialog(_WOOL, "who is the agricultural economist quoted?", "which bank do they work for"), "Harbour Trust Bank")


def test_quoted_in_the_story_named_by_its_subject_asks_a_person_not_the_byline() -> None:
    expect(dialog(_WOOL, "who is the agricultural economist quoted in the wool story", "which bank does she work for"),
           "Harbour Trust Bank")
