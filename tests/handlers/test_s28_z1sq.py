"""Question parsing skips a rule whose word the question lacks: a set test of the question's
words (or a substring test, for a pattern) stands for a walk over every token or position that
would find nothing. The skipped rules must read exactly as before whenever their word is there,
and the guarded patterns must find what the bare ones find, in any case and in text with the
ASCII lookalikes case-insensitive matching folds ("ſ" for "s", the Kelvin sign for "k")."""

from __future__ import annotations

import pytest

from handlers.query import (_CHAT_CLOSER, _CHAT_CLOSER_ASKED, _EXTREME, _EXTREME_ASKED, _MONTH_POSSESSIVE, _MONTH_POSSESSIVE_ASKED,
                            _clean, asked_extreme, parse_query)
from knowledge.store import Store

TEXTS = (
    "what's the cheapest fare", "the MOST expensive ticket?", "minimum wage in june", "max capacity", "least costly option",
    "how many did it sell in jans first week", "Sept sales fell", "what were augusts exports", "were aprils figures up",
    "who signed the deal thanks", "which firms were there? list them all", "how big is it pls", "ok thank you",
    "who else came? give me the full list", "are we talking about the port", "how many boxes in the city",
    "what did the janſ figures show", "Dec\u212a", "nothing to see here", "", "cheers", "Highest price since MAY",
)


@pytest.mark.parametrize("text", TEXTS)
def test_guarded_patterns_find_what_the_bare_ones_find(text: str) -> None:
    for guarded, bare in ((_EXTREME_ASKED, _EXTREME), (_CHAT_CLOSER_ASKED, _CHAT_CLOSER), (_MONTH_POSSESSIVE_ASKED, _MONTH_POSSESSIVE)):
        found, plain = guarded.search(text), bare.search(text)
        assert (found and found.span()) == (plain and plain.span())


def test_the_rules_a_word_guards_still_fire_when_it_is_there() -> None:
    assert asked_extreme("what's the cheapest fare") == "low"
    assert asked_extreme("the most expensive ticket") == "high"
    assert asked_extreme("how many tickets were sold") == ""
    assert _clean("who signed the deal? thanks") == "who signed the deal?"
    assert _clean("what were augusts exports") == "what were august's exports"


_STORY = """| 5 June 2024, Wednesday |

Kestrel Rail sells more tickets abroad

Kestrel Rail sold 1.2 million tickets abroad in May, the company said on Tuesday, and fares range from $12 to $40.

Jobs at its Aldgate depot were lost after the naira lost 6% in a week.
"""


@pytest.mark.parametrize(
    ("question", "word", "key"),
    [
        ("what's the cheapest ticket", "ticket", "fare"),  # a ticket's price is its fare
        ("what's the cheapest ticket", "cheapest", "range"),  # the ends of a range
        ("how many tickets did kestrel sell abroad", "sell", "export"),  # selling abroad is exporting
        ("how many jobs were lost at the depot", "lost", "layoff"),  # jobs lost are job losses
    ],
)
def test_a_rule_whose_word_is_there_still_fires(question: str, word: str, key: str) -> None:
    store = Store.memory()
    store.ingest_text(_STORY)
    keys = {t.word: t.keys for t in parse_query(question, store).terms}
    assert key in keys[word]


def test_a_currency_that_loses_falls_and_a_parse_after_an_ingest_is_made_afresh() -> None:
    store = Store.memory()
    store.ingest_text(_STORY)
    first = parse_query("how much did the naira lose", store)
    assert first.direction == "down"
    store.ingest_text(_STORY.replace("Kestrel", "Merlin"))  # drops the kept parse: made again, the same
    again = parse_query("how much did the naira lose", store)
    assert (again.direction, again.wh, [t.word for t in again.terms]) == (first.direction, first.wh, [t.word for t in first.terms])
