"""Branch t1 (parsing, second pass): the dropped-letter repair reads a per-store index of the
store's words keyed by each with a letter taken out; it must repair exactly as making every
spelling of the word does, and the index must follow the store's writes."""

from __future__ import annotations

import random
import string

import pytest

from handlers.query import (_DROPPED_LETTERS, _by_dropped_letter, _clean, _dropped_letter, _dropped_letter_in,
                            _vocabulary_by_dropped_letter)
from knowledge.store import Store

VOCABULARY = frozenset({"forecast", "forecasts", "export", "expert", "committee", "comittee", "steel", "steal", "volume",
                        "china", "chain", "containers", "companies", "meet", "met", "Ölpreis", "late", "plate", "a", "ab"})


def _spellings(word: str) -> set[str]:
    return {word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in _DROPPED_LETTERS}


def test_the_index_gives_each_word_exactly_the_vocabulary_words_it_becomes_with_a_letter_put_back() -> None:
    index = _by_dropped_letter(VOCABULARY)
    words = {w[:j] + w[j + 1 :] for w in VOCABULARY for j in range(len(w))} | {"forcast", "xyz", ""}
    for word in words:
        hit = index.get(word, ())
        got = {hit} if isinstance(hit, str) else set(hit)
        assert got == _spellings(word) & VOCABULARY, word


def test_a_word_with_a_doubled_letter_is_listed_once_under_its_key() -> None:
    assert _by_dropped_letter({"committee"})["comittee"] == "committee"
    assert sorted(_by_dropped_letter({"lathe", "latte", "later"})["late"]) == ["later", "lathe", "latte"]


def test_the_first_letter_is_never_taken_out() -> None:
    assert "late" not in _by_dropped_letter({"plate"})
    assert _dropped_letter("late", frozenset({"plate"}), _by_dropped_letter({"plate"})) == \
        _dropped_letter("late", frozenset({"plate"})) == ""


def test_the_indexed_repair_agrees_with_the_spelled_out_one_on_many_words() -> None:
    rng = random.Random(32)
    vocabulary = frozenset({*VOCABULARY, *("".join(rng.choice("aeinrst") for _ in range(rng.randint(2, 7))) for _ in range(3000))})
    index = _by_dropped_letter(vocabulary)
    words = sorted({w[:j] + w[j + 1 :] for w in vocabulary for j in range(1, len(w))})[:1500]
    words += ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9))) for _ in range(300)]
    words += ["forcast", "compnies", "containrs", "mt", "Ölprei", "Forcast"]
    for word in words:
        assert _dropped_letter(word, vocabulary, index) == _dropped_letter(word, vocabulary), word


def test_the_index_read_with_one_word_left_out_of_the_vocabulary_agrees() -> None:
    index = _by_dropped_letter(VOCABULARY)
    for word in ("forcast", "met", "stel", "chna", "exprt"):
        assert _dropped_letter(word, VOCABULARY - {word}, index) == _dropped_letter(word, VOCABULARY - {word})


STEEL = "Steel output rises\n\nSteel output rose in March, the ministry said. The forecast for steel exports was raised.\n"
BAUXITE = "Bauxite record\n\nBauxite shipments from Guinea climbed to a record, the port authority said.\n"


def test_the_store_index_follows_an_ingest() -> None:
    store = Store.memory()
    store.ingest_text(STEEL)
    assert _dropped_letter_in("forcast", store) == "forecast"
    assert _dropped_letter_in("bauxte", store) == ""
    assert "bauxite" not in store.vocabulary
    store.ingest_text(BAUXITE)
    assert _dropped_letter_in("bauxte", store) == "bauxite"
    assert _vocabulary_by_dropped_letter(store).get("bauxte") == "bauxite"


@pytest.mark.parametrize("question", ["when were putin and xi together?", "When was Xi and the PM together in Beijing",
                                      "based on the growth rate, what were exports?", "based on the growth rate what were exports?"])
def test_the_cleaning_guards_keep_what_the_patterns_do(question: str) -> None:
    from handlers import query
    text = _clean(question)
    if "together" in question.lower():
        assert " meet" in text
    if "," in question:
        assert not text.lower().startswith("based")
    # The guards skip only texts their patterns cannot match: no "together", no comma.
    for variant in (question, question.replace("together", "at once"), question.replace(",", "")):
        if "together" not in variant.lower():
            assert not query._WERE_TOGETHER.search(variant)
        if "," not in variant:
            assert not query._BASIS_OPENER.search(variant)
