"""Misspelt, phone-typed questions, 15th session: slips of words the question brings along."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handlers.stories import answered, expect

_SEED = (Path(__file__).resolve().parents[2] / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("question", "expected"), [
    # a letter dropped from a function word the article need not write ("will")
    ("hw many locals wil the plant hire", "600"),
    ("how many locals will the plant hire", "600"),
])
def test_a_slip_of_a_function_word(question: str, expected: str | None) -> None:
    expect(answered("kg_gold", question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # "aoart": one changed letter from "apart", the only English word that near
    ("How far aoart are the union and the employers on the size of the raise?", "23"),
    ("How far apart are the union and the employers on the size of the raise?", "23"),
])
def test_a_slip_of_an_english_word_the_article_lacks(question: str, expected: str | None) -> None:
    expect(answered("us_strike", question), expected)


def test_a_name_the_article_lacks_is_no_slip_of_a_word() -> None:
    # "vanke's" owns the sales: a name, no "vane"
    expect(answered("cn_property", "how much did vanke's contracted sales drop in october"), None)


def test_a_slip_near_a_word_of_the_article_is_left_to_it() -> None:
    # "laks" is as near the article's "Lakes" (of a name) as the everyday "lacks"
    expect(answered("us_bank", "how much did great laks heritage earn in q3"), "81 million")


_CHERRY_FLIGHTS = """| 3 March 2025, Monday |

Chile flies cherries to Chengdu

Each flight carries about 98 tonnes of cherries to Chengdu, the airline said on Monday.

Mining group Andes Ore shipped 4.2 million tonnes of bauxite last year.

The airline plans more flights to the fleet's other cities in January.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # spelt as they sound: two or more slips from the article's "flight" and "bauxite"
    ("how many tonnes per flite to chengdu", "98 tonnes"),
    ("how many tonnes per flight to chengdu", "98 tonnes"),
    ("how much boxite did andes ore ship last year", "4.2 million"),
    ("how much bauxite did andes ore ship last year", "4.2 million"),
])
def test_a_word_spelt_by_its_sound(question: str, expected: str | None) -> None:
    expect(answered(_CHERRY_FLIGHTS, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # "foram" is an English word (a sea creature) the article lacks, one slip from its "Forum":
    # tried as that word when the question as typed finds no figure
    ("hw many russain firms at the foram", "650"),
    ("how many russian firms at the forum", "650"),
])
def test_a_slip_into_another_english_word(question: str, expected: str | None) -> None:
    expect(answered("in_ru_forum", question), expected)


def test_a_word_the_article_lacks_is_no_slip_of_one_with_another_first_letter() -> None:
    # "youth" is one slip from the article's "south", but asks what the article does not say
    expect(answered("australia_jobs", "What's youth unemployment at?"), None)


def test_only_a_figure_asked_tries_a_slip_into_another_english_word() -> None:
    # "dates" is one slip from the article's "data"; the days the summit ran are not given
    expect(answered(_SEED, "what dates did the shenyang summit run"), None)
