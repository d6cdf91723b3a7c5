"""Typo repairs read a word's spellings (and the dictionary's word for each) once per process,
then meet them with each store's own vocabulary: the repair a store makes must be the one
trying every spelling against that store gives, whichever store asked the word first, and a
store's kept repairs must go when an article is ingested."""

from __future__ import annotations

import pytest

from handlers.query import (_DROPPED_LETTERS, _SOUNDS, _SPELLINGS, _doubled_letter, _dropped_letter, _in_article, _other_spelling,
                            _sound_spelling, _swapped_letters, _swapped_to_name, _typo_repair, parse_query)
from knowledge.store import Store

WORDS = ("forcast", "exprot", "tarif", "comitee", "sulfuric", "boxite", "flite", "shipments", "steal", "volum", "chian", "Ölpreis")
VOCABULARIES = (
    frozenset({"forecast", "export", "tariff", "committee", "sulphuric", "bauxite", "flight", "steel", "volume", "china", "chain"}),
    frozenset({"forecasts", "expert", "tariffs", "sulfur", "steal", "volumes", "china"}),
    frozenset(),
)


def _plain_dropped(word: str, vocabulary: frozenset[str]) -> str:
    found = {w for i in range(1, len(word) + 1) for c in _DROPPED_LETTERS if _in_article(w := word[:i] + c + word[i:], vocabulary)}
    return next(iter(found)) if len(found) == 1 else ""


def _plain_doubled(word: str, vocabulary: frozenset[str]) -> str:
    for i in range(1, len(word) + 1):
        if _in_article(longer := word[:i] + word[i - 1] + word[i:], vocabulary):
            return longer
        if i < len(word) and word[i] == word[i - 1] and _in_article(shorter := word[:i] + word[i + 1 :], vocabulary):
            return shorter
    return ""


def _swaps(word: str) -> list[str]:
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]


def _plain_swapped(word: str, vocabulary: frozenset[str]) -> str:
    found = {c for c in _swaps(word) if _in_article(c, vocabulary)}
    return next(iter(found)) if len(found) == 1 else ""


def _plain_other(word: str, vocabulary: frozenset[str]) -> str:
    return next((o for p, r in _SPELLINGS for m in p.finditer(word) if (o := word[: m.start()] + r + word[m.end() :]) in vocabulary), "")


def _plain_sound(word: str, vocabulary: frozenset[str], sounds: int) -> str:
    found = {word[: m.start()] + r + word[m.end() :] for p, r in _SOUNDS[:sounds] for m in p.finditer(word)} & vocabulary
    return next(iter(found)) if len(found) == 1 else ""


@pytest.mark.parametrize("word", WORDS)
def test_a_words_spellings_kept_for_the_process_meet_each_vocabulary_as_if_made_afresh(word: str) -> None:
    # Each vocabulary in turn, then again backwards: a spelling kept from one store's ask says
    # nothing of the next store's words.
    for vocabulary in (*VOCABULARIES, *reversed(VOCABULARIES)):
        lower = word.lower()
        assert _dropped_letter(lower, vocabulary) == _plain_dropped(lower, vocabulary)
        assert _doubled_letter(lower, vocabulary) == _plain_doubled(lower, vocabulary)
        assert _swapped_letters(lower, vocabulary) == _plain_swapped(lower, vocabulary)
        assert _other_spelling(lower, vocabulary) == _plain_other(lower, vocabulary)
        for sounds in (1, len(_SOUNDS)):
            assert _sound_spelling(lower, vocabulary, sounds) == _plain_sound(lower, vocabulary, sounds)


def test_the_repairs_follow_the_vocabulary_they_are_given() -> None:
    with_words, without = VOCABULARIES[0], VOCABULARIES[2]
    assert _dropped_letter("forcast", with_words) == "forecast"
    assert _dropped_letter("forcast", without) == ""
    assert _doubled_letter("tarif", with_words) == "tariff"
    assert _doubled_letter("tarif", without) == ""
    assert _swapped_letters("exprot", with_words) == "export"
    assert _swapped_letters("exprot", without) == ""
    assert _swapped_to_name("chian", with_words, frozenset({"china"})) == "china"
    assert _swapped_to_name("chian", with_words, frozenset()) == ""
    assert _other_spelling("sulfuric", with_words) == "sulphuric"
    assert _sound_spelling("boxite", with_words, len(_SOUNDS)) == "bauxite"
    assert _sound_spelling("boxite", with_words, 1) == ""


STEEL = ("Ruritania steel exports rise\n\n"
         "Steel exports from Ruritania rose 12% in March to 3.1 million tonnes, the trade ministry said on Friday.\n")
BAUXITE = ("Ruritania ships ore\n\n"
           "Ruritania shipped 2 million tonnes of bauxite to Freedonia in April, the mining ministry said on Monday.\n")


def test_an_article_word_the_question_writes_is_kept_and_an_ingest_brings_new_repairs() -> None:
    store = Store.memory()
    store.ingest_text(STEEL)
    assert "exports" in store.vocabulary
    assert _typo_repair("exports", "export", store) is None  # an English word the article writes
    before = parse_query("how much boxite did ruritania ship?", store)
    assert "bauxite" not in {t.word for t in before.terms}
    # The article that writes the word: the store's kept repairs (and parses) go with the write,
    # and the spellings kept for the process meet the new vocabulary.
    store.ingest_text(BAUXITE)
    after = parse_query("how much boxite did ruritania ship?", store)
    assert "bauxite" in {t.word for t in after.terms}
    other = Store.memory()
    other.ingest_text(STEEL)
    assert "bauxite" not in {t.word for t in parse_query("how much boxite did ruritania ship?", other).terms}


@pytest.mark.parametrize("question", ["how many exports went to ruritania in march?", "what did the ministry say abt steal exprts?",
                                      "hw many tonnes wil they ship", "are the 5yrs of 3bn 40t shipments a 3-way deal?"])
def test_words_the_inline_test_skips_are_ones_the_everyday_and_context_repairs_keep(question: str) -> None:
    from handlers.query import _clean, _everyday_word, _may_be_slip, _meant_in_context
    from knowledge.text import tokenize

    store = Store.memory()
    store.ingest_text(STEEL)
    text = _clean(question)
    tokens = tokenize(text)
    for i, token in enumerate(tokens):
        if not _may_be_slip(token.lower, store.vocabulary):
            assert _everyday_word(tokens, i, store, text) == ""
            assert _meant_in_context(tokens, i, store) == ""


def test_units_glued_to_digits_are_still_spelt_out() -> None:
    from handlers.query import _clean

    assert _clean("exports over 5yrs") == "exports over 5 years"
    assert "billion" in _clean("a 3bn deal") and "tonnes" in _clean("40t of ore") and "three-way" in _clean("a 3-way deal")
    assert _clean("how many exports") == "how many exports"
