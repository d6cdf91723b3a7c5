"""Session 34, perf branch y2: the question parser's per-token work.

Each fast path is checked against the slow one it stands for: the words prepare marks as starting
no name against _starts_no_name itself, and the parses of a prepared store against a lazy one's;
the walks skipped for a question without a move word against the walks run."""

from __future__ import annotations

from pathlib import Path

import yaml

from handlers import Conversation, answer, prepare
from handlers import query as qy
from handlers.prepare import _written_forms
from knowledge.lexicon import STOPWORDS
from knowledge.store import Store
from knowledge.text import token_keys, tokenize

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))[:4]
PARAPHRASES = ROOT / "tests" / "fixtures" / "eval" / "seed_paraphrases.yaml"


def _store(*texts: str) -> Store:
    store = Store.memory()
    for text in texts:
        store.ingest_text(text)
    return store


def _questions() -> list[str]:
    items = yaml.safe_load(PARAPHRASES.read_text(encoding="utf-8"))["questions"]
    return [str(t) for item in items for t in (item.get("turns") or [item["q"]])]


def _inert(store: Store) -> dict[str, bool]:
    return dict(store._memo_cache("starts_no_name"))


def test_prepare_marks_the_words_that_start_no_name_as_starts_no_name_finds_them() -> None:
    store = _store(SEED, *(p.read_text(encoding="utf-8") for p in ARTICLES))
    prepare(store)
    kept = _inert(store)
    names = store.entity_name_index
    forms = _written_forms(store)[: qy.INERT_WORDS_PREPARED]
    assert len(forms) > 500 and set(kept) >= set(forms)
    for word in forms:
        assert (kept[word] is True) == qy._starts_no_name(word, store, names), word


def test_the_written_forms_hold_the_closed_class_words_as_a_question_opens_with_them() -> None:
    forms = set(_written_forms(_store(SEED)))
    for word in ("how", "How", "what", "What", "the", "did"):
        if word.lower() in STOPWORDS:
            assert word in forms
    assert {"Liaoning", "liaoning", "Shenyang", "shenyang"} <= forms


def test_prepared_inert_words_stay_within_half_their_bound() -> None:
    store = _store(SEED)
    words = [f"zq{i}" for i in range(qy.INERT_WORDS_PREPARED + 50)]
    qy.prepare_inert_words(store, words)
    assert len(store._memo_cache("starts_no_name")) <= qy.INERT_WORDS_PREPARED < Store.CACHE_ROWS


def test_a_prepared_store_parses_every_question_as_a_lazy_one() -> None:
    lazy, ready = _store(SEED), _store(SEED)
    prepare(ready)
    for question in _questions():
        assert qy._parse_query(question, ready) == qy._parse_query(question, lazy), question


def test_a_prepared_store_answers_the_same_and_finds_an_article_ingested_after_a_question() -> None:
    store = _store(SEED)
    prepare(store)
    first = answer("Who is Tomasz Wieczorek?", store, Conversation())
    store.ingest_text("""| 3 March 2025, Monday |

Polish port expands

GDANSK, Mar 3 (Reuters) - Tomasz Wieczorek, chief executive of Port Baltyk, said on Monday the port would add two berths.
""")
    later = answer("Who is Tomasz Wieczorek?", store, Conversation())
    assert "Port Baltyk" not in first.text and "Port Baltyk" in later.text


def _move_walks(tokens: list, keys: list[frozenset[str]]) -> list[frozenset[str]]:
    """The three move-key walks of _parse_query, run whatever the question holds."""
    move_keys = list(keys)
    move_keys = [k - qy._MOVE_KEYS if k & qy._MOVE_KEYS and i + 1 < len(tokens) and qy._names_a_thing_with(t, tokens[i + 1], k, keys[i + 1])
                 else k for i, (t, k) in enumerate(zip(tokens, move_keys))]
    move_keys = [k - qy._MOVE_KEYS if k & qy._MOVE_KEYS and i + 1 < len(tokens) and tokens[i + 1].lemma in qy.VALUE_WORDS
                 and k - qy._MOVE_KEYS - {t.lemma, t.lower, qy.stem(t.lemma)} else k for i, (t, k) in enumerate(zip(tokens, move_keys))]
    return [k - qy._MOVE_KEYS if k & qy._MOVE_KEYS and qy._only_a_thing_asked(tokens, i, k) else k
            for i, (t, k) in enumerate(zip(tokens, move_keys))]


def test_a_question_without_a_move_key_is_left_as_it_is_by_the_move_walks_and_has_no_direction() -> None:
    seen_without = seen_with = 0
    for question in _questions():
        tokens = tokenize(question)
        keys = token_keys(tokens)
        if any(k & qy._DIRECTION_KEYS for k in keys):
            seen_with += 1
            continue
        seen_without += 1
        assert _move_walks(tokens, keys) == keys, question
        assert qy._direction(keys) == "", question
    assert seen_without > 20 and seen_with > 5


def test_the_holding_verb_test_before_phrase_carried_by_next_skips_only_words_it_rejects() -> None:
    for question in [*_questions(), "where did the two presidents hold talks?", "who will stage the summit?"]:
        tokens = tokenize(question)
        keys = token_keys(tokens)
        for i, token in enumerate(tokens):
            if token.lemma not in qy._HOLDING_VERBS:
                assert not qy._phrase_carried_by_next(tokens, keys, i)
    tokens = tokenize("where did the two presidents hold talks?")
    assert tokens[5].lemma in qy._HOLDING_VERBS and qy._phrase_carried_by_next(tokens, token_keys(tokens), 5)


def _currency_slow(tokens: list) -> str:
    """_currency as it read before the two words before a word were read only for a currency."""
    if qy._local_currency_at(tokens):
        return qy.LOCAL_CURRENCY
    if "currency" in (t.lemma for t in tokens) and (nation := qy._nation_currency_at(tokens)):
        return qy._NATION_CURRENCY[tokens[nation[0]].lower]
    found: list[tuple[str, bool]] = []
    for i, token in enumerate(tokens):
        before = [t.lower for t in tokens[max(0, i - 2) : i]]
        code = qy._CURRENCY_WORDS.get(token.lemma) or qy._CURRENCY_WORDS.get(token.lower) or (
            own if before[-1:] == ["in"] and len(own := qy.currency_of_word(token.lower)) == 3 else "")
        if code:
            found.append((code, "in" in before or "into" in before))
    target = [code for code, after_in in found if after_in]
    return target[-1] if target else (found[0][0] if found else "")


def test_currency_reads_the_words_before_a_currency_as_it_did_before_every_word() -> None:
    questions = [*_questions(), "how much is severnaya putting in, in bolivianos", "42.64 billion yuan in dollars?",
                 "what was it worth in local currency", "how many euros into dollars", "in rupees or in yen?",
                 "the value in chinese currency terms", "dollars", "in", "in in shillings"]
    named = 0
    for question in questions:
        tokens = tokenize(question)
        assert qy._currency(tokens) == _currency_slow(tokens), question
        named += bool(_currency_slow(tokens))
    assert named >= 5
