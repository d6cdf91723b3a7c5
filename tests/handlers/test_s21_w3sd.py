"""General rules from the bundled article's misses, each over a small made-up story: a slip
nearer the article's own word than a lexicon word, a capital named by its kind, and the part of
a whole place a named one lies in."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Kazakh grain heads west by sea

In April, Kazakh customs said the landlocked region of Kostanay would be able to use Poti, the biggest port on the Georgian Black Sea coast, to ship wheat to Turkey from July.

The fair in Almaty, the capital of Almaty region, drew some 300 traders.
"""


def test_a_slip_is_the_article_word_with_a_letter_too_many() -> None:
    # "customes": the article's "customs", not "customers" (one letter short, a lexicon word only)
    expect(answered(_PORT, "which month did customes announce the poti arrangement for kostanay"), "April")


@pytest.mark.parametrize("question", [
    "whats the provincial capital of almaty region",
    "what is the regional capital of almaty region?",
])
def test_a_capital_named_by_its_kind_is_the_capital(question: str) -> None:
    expect(answered(_PORT, question), "Almaty")


@pytest.mark.parametrize("question", [
    "what part of georgia is poti in",
    "where in georgia is poti",
])
def test_the_part_of_a_whole_place_is_the_role_naming_it(question: str) -> None:
    expect(answered(_PORT, question), "Black Sea")


_TRADE = """| 3 March 2025, Monday |

Kazakh-Chinese trade jumps

In October, bilateral trade between Kazakhstan and China surged to $3.1 billion, the highest since March 2019 when the border reopened to trucks, according to data published by the Kazakh State Revenue Committee earlier this month.

Almaty's exports to China grew 14% in the first ten months.
"""


def test_a_figure_keeps_the_rank_set_right_after_it() -> None:
    expect(answered(_TRADE, "what's notable about the october trade total"), "highest since March 2019")


def test_keywords_ending_in_percent_ask_a_rate() -> None:
    # the level in dollars is no growth rate: nothing answers
    expect(answered(_TRADE, "kazakhstan china trade october yoy growth pct"), None)


def test_the_record_a_figure_set_is_how_far_back_it_is_highest() -> None:
    expect(answered(_TRADE, "what record did the october bilateral trade figure set"), "March 2019")


def test_no_record_without_one_in_the_story() -> None:
    expect(answered(_TRADE, "what record did almaty's exports to china set"), None)
