"""Shortcuts taken in parsing questions find what the plain rules they skip would find."""

from __future__ import annotations

from handlers.query import _exact_entity
from knowledge.lexicon import STOPWORDS
from knowledge.store import normalise_name
from knowledge.text import Token, tokenize


def _plain_exact_entity(tokens: list[Token], i: int, names: frozenset[str]) -> tuple[str, list[int]] | None:
    """_exact_entity without its shortcuts: every run of four to one words from i, normalised."""
    for size in (4, 3, 2, 1):
        if i + size > len(tokens):
            continue
        candidate = normalise_name(" ".join(t.text for t in tokens[i : i + size]))
        if candidate in names and candidate not in STOPWORDS:
            return candidate, list(range(i, i + size))
        demonym = tokens[i + size - 1].lower.endswith("n") and len(tokens[i + size - 1].lower) >= 6
        for place in (candidate[:-1], candidate[:-3]) if demonym and candidate.endswith("n") else ():
            if place in names and place not in STOPWORDS:
                return place, list(range(i, i + size))
    return None


def test_a_plain_word_ending_in_n_finds_what_every_run_finds() -> None:
    names = frozenset({"russia", "liaoning", "jilin", "bank of japan", "south australia", "when in rome", "taiwan",
                       "new zealand", "reserve bank of new zealand", "britain", "ukrain", "xi'an"})
    questions = [
        "When did Russian firms invest in Liaoning?", "how many Jilin firms went to Russian ports", "Is the Bank of Japan done?",
        "What did South Australian growers say?", "when in Rome", "Taiwanese and Russian exports than in Britain",
        "Did the Reserve Bank of New Zealand cut?", "Ukrainian grain in Xi'an", "been seen in Zürich than Tehran",
        "in the Russian Federation's plan", "than when shown", "Britishan Russiann",
    ]
    for question in questions:
        tokens = tokenize(question)
        for i in range(len(tokens)):
            if tokens[i].lower.endswith("n"):  # the words the shortcut is for
                assert _exact_entity(tokens, i, names) == _plain_exact_entity(tokens, i, names), (question, i)


def test_a_plain_word_that_begins_no_longer_name_finds_what_every_run_finds() -> None:
    # Every word, not only those ending in "n": a word that is a one-word name, or begins only
    # such names, is matched alone (no run of two or more is joined); one that begins a longer
    # name ("south", "bank", "new"), "the", or a word with a plain neighbour missing still
    # reads every run.
    names = frozenset({"russia", "liaoning", "jilin", "bank of japan", "south australia", "south", "new zealand", "new",
                       "china", "china daily", "xi", "xi'an", "victoria", "us", "the west", "west", "ukrain"})
    questions = [
        "Did Russia and China sign deals in Liaoning?", "Russia China trade", "South Australian and Victorian growers",
        "China Daily said Xi visited", "xi xi'an Xi jinping", "Bank of Japan and the West", "new New Zealand rules",
        "Russia's exports to Jilin-based firms", "West Russian Ukrainian", "US-China talks in Victoria's capital",
        "china daily news", "Liaoning Liaoning Liaoning Liaoning",
    ]
    for question in questions:
        tokens = tokenize(question)
        for i in range(len(tokens)):
            assert _exact_entity(tokens, i, names) == _plain_exact_entity(tokens, i, names), (question, i)
