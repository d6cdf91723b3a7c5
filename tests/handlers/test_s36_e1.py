"""Session 36, branch e1 (the question parser's cost): each early rejection agrees with the work it skips."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from handlers import query as qy
from knowledge.lexicon import MEASURES, STOPWORDS
from knowledge.store import Store
from knowledge.text import is_known_word, lemma

SEED_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "seed.txt"


def test_measures_less_a_letter_are_the_measures_with_a_dropped_letter_left_out() -> None:
    # Every three-letter spelling that a letter of _DROPPED_LETTERS put back (never first) makes a
    # four-letter measure, found the long way.
    letters = string.ascii_lowercase
    short = {a + b + c for a in letters for b in letters for c in letters}
    expected = {w for w in short for i in range(1, 4) for ch in qy._DROPPED_LETTERS if w[:i] + ch + w[i:] in MEASURES}
    assert qy._MEASURES_LESS_A_LETTER == expected
    assert "rat" in qy._MEASURES_LESS_A_LETTER and "met" not in qy._MEASURES_LESS_A_LETTER


@pytest.fixture(scope="module")
def store() -> Store:
    s = Store.memory()
    s.ingest_text(SEED_PATH.read_text(encoding="utf-8"))  # the bundled seed article
    return s


# Three-letter words: known ones the store lacks ("met", "ran"), slips of a measure ("rat", "cst"),
# words it has, and no words at all.
_THREE_LETTER = ("met", "ran", "won", "fly", "key", "oil", "tax", "got", "saw", "rat", "cst", "los", "fin", "fie", "sal", "wag",
                 "lev", "deb", "hom", "cos", "crp", "ebt", "xqz", "abc", "the", "and", "cut", "sea", "air", "job", "war", "gas",
                 "sit", "bid", "set", "pay", "net", "fee", "aid", "law", "age", "day", "end", "far", "new", "top", "few")


def test_typo_repair_of_three_letter_words_unchanged_by_the_measure_test(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = {w: qy._typo_repair(w, lemma(w), store) for w in _THREE_LETTER}

    class Everything(frozenset):  # the test as it was: every word goes to the dropped-letter search
        def __contains__(self, item: object) -> bool:
            return True

    monkeypatch.setattr(qy, "_MEASURES_LESS_A_LETTER", Everything())
    slow = {w: qy._typo_repair(w, lemma(w), store) for w in _THREE_LETTER}
    assert fast == slow
    # (the words the test skips are the known ones the store lacks: it had something to skip)
    assert any(is_known_word(w) and w not in store.vocabulary and w not in STOPWORDS for w in _THREE_LETTER)
