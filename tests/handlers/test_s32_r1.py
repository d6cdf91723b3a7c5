"""handlers.prepare: a store's question-independent facts worked out once, when it is opened.

A prepared store must answer exactly as a lazy one, keep what it prepared through the first
question, cover what questions ask, stay bounded for a large store, and after a write answer
from the new rows (lazily again)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import bot.evaluate as evaluate
from bot import cli
from handlers import Conversation, answer, prepare
from handlers import evidence as ev
from handlers import query as qy
from knowledge.text import tokenize
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")
UK = (ROOT / "tests" / "fixtures" / "articles" / "uk_economy.txt").read_text(encoding="utf-8")
DEV = ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
FILES = [ROOT / "tests" / "fixtures" / "eval" / name for name in ("seed_paraphrases.yaml", "seed_nearmiss.yaml")]

_TRAM = """| 3 March 2025, Monday |

Coastal tram draws record riders

The Northport-Southbay coastal tram carried 4.2 million passengers in the first half of the year, up 12% from a year earlier, operator Coastline Transit said on Monday.

The 38-km line opened three years ago and cuts the trip between the two towns to 40 minutes.
"""


def _questions() -> list[list[str]]:
    """Every question (a dialog as its turns) of the seed files the tests ask."""
    out: list[list[str]] = []
    for path in ([DEV] if DEV.exists() else []) + FILES:
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            out.append([str(t) for t in item.get("turns") or [item["q"]]])
    return out


def _store(*texts: str) -> Store:
    store = Store.memory()
    for text in texts:
        store.ingest_text(text)
    store.optimize()
    return store


def _ask_all(store: Store, questions: list[list[str]]) -> list[dict[str, Any]]:
    out = []
    for turns in questions:
        conversation = Conversation()
        out.extend(answer(q, store, conversation).model_dump() for q in turns)
    return out


def _caches(store: Store) -> dict[str, dict[Any, Any]]:
    """The handle's row and memo caches, by attribute name (copies: answering goes on filling them)."""
    return {k: dict(v) for k, v in store.__dict__.items() if k.startswith("_rows_") and isinstance(v, dict)}


# The memos prepare fills and answering only reads afterwards (their keys come from the store).
PREPARED = ("_rows_memo_term_sentences", "_rows_memo_sentence_facts", "_rows_memo_sentence_rows", "_rows_memo_antecedent_terms",
            "_rows_memo_headline_topic", "_rows_memo_paragraph_dating", "_rows_memo_carried_places", "_rows_memo_headline_words",
            "_rows_memo_lead_words", "_rows_memo_slip_index", "_rows_memo_topic_rank", "_rows_memo_paragraph_sentences",
            "_rows_memo_roled_places", "_rows_memo_headline_place", "_rows_memo_place_spread", "_rows_memo_article_word_pairs",
            "_rows_memo_bodies_of_nation", "_rows_memo_figure_questions", "_rows_memo_paragraph")


def test_the_store_words_typo_repairs_are_kept_for_each_form_a_question_writes() -> None:
    store = _store(SEED)
    prepare(store)
    kept = store.__dict__["_rows_memo_typo_repair"]
    for question in ("How many containers did Liaoning send to Russia?", "Containers from liaoning to russia"):
        for token in tokenize(question):
            if token.lower in ("liaoning", "containers", "russia"):
                assert (token.lower, token.lemma) in kept, token
    # ... and each is what _typo_repair gives for it.
    assert all(value == qy._typo_repair(key[0], key[1], store) for key, value in kept.items())


def test_each_stored_name_alone_names_what_entities_named_finds() -> None:
    store, lazy = _store(SEED, UK), _store(SEED, UK)
    prepare(store)
    articles = [a.id for a in lazy.articles()]
    for name in sorted(lazy.entity_name_index):
        assert store.entities_named([name]) == lazy.entities_named([name]) != []
        assert store.entities_named([name], articles) == lazy.entities_named([name], articles)


@pytest.fixture(scope="module")
def questions() -> list[list[str]]:
    return _questions()


@pytest.mark.parametrize("texts", [(SEED,), (SEED, UK)], ids=["seed", "seed+uk"])
def test_a_prepared_store_answers_every_question_as_a_lazy_one(texts: tuple[str, ...], questions: list[list[str]]) -> None:
    lazy, prepared = _store(*texts), _store(*texts)
    prepare(prepared)
    assert _ask_all(prepared, questions) == _ask_all(lazy, questions)


def test_what_prepare_keeps_equals_what_answering_works_out(questions: list[list[str]]) -> None:
    lazy, prepared = _store(SEED, UK), _store(SEED, UK)
    prepare(prepared)
    kept = _caches(prepared)
    _ask_all(lazy, questions)
    worked_out = _caches(lazy)
    compared = 0
    for name, values in kept.items():
        for key, value in values.items():
            if key in worked_out.get(name, {}):
                assert worked_out[name][key] == value, (name, key)
                compared += 1
    assert compared > 500  # most of what questions met was prepared, and is the same


def test_prepared_memos_cover_what_the_questions_ask(questions: list[list[str]]) -> None:
    store = _store(SEED)
    prepare(store)
    before = {name: set(values) for name, values in _caches(store).items() if name in PREPARED}
    assert set(before) == set(PREPARED)
    _ask_all(store, questions)
    after = _caches(store)
    for name in PREPARED:
        assert set(after[name]) == before[name], name  # nothing left for a question to work out


def test_the_first_answer_keeps_what_prepare_worked_out() -> None:
    # answer() starts with store.refresh(): a handle that had not noted the data version cleared
    # every cache at its first question, throwing the preparation away.
    store = _store(SEED)
    prepare(store)
    index = store.__dict__["_rows_memo_slip_index"][None]
    facts = store.__dict__["_rows_memo_sentence_facts"]
    answer("how many boxes were on the first train to russia", store, Conversation())
    assert store.__dict__["_rows_memo_slip_index"][None] is index
    assert store.__dict__["_rows_memo_sentence_facts"] is facts


def test_an_article_ingested_after_a_question_is_found() -> None:
    store = _store(SEED)
    prepare(store)
    assert answer("how many boxes were on the first train to russia", store, Conversation()).answered
    store.ingest_text(_TRAM)
    assert "_rows_memo_sentence_facts" not in store.__dict__  # the write cleared what was prepared
    reply = answer("How many passengers did the coastal tram carry in the first half?", store, Conversation())
    assert reply.answered and "4.2 million" in reply.text
    assert any("tram" in c.title.lower() for c in reply.citations)
    # ... and the seed's answer still comes, lazily worked out again.
    assert "55 containers" in answer("how many boxes were on the first train to russia", store, Conversation()).text


def test_a_large_store_is_left_lazy() -> None:
    store = _store(SEED, UK)
    prepare(store, max_articles=1)
    assert not [k for k in store.__dict__ if k.startswith("_rows_memo_")] and "vocabulary" not in store.__dict__
    assert "_data_version" in store.__dict__  # noted: the first question clears nothing
    lazy = _store(SEED, UK)
    question = [["how many boxes were on the first train to russia"]]
    assert _ask_all(store, question) == _ask_all(lazy, question)


def test_preparing_twice_changes_nothing() -> None:
    store = _store(SEED)
    prepare(store)
    first = _caches(store)
    prepare(store)
    assert _caches(store) == first


def test_roled_places_are_the_articles_places_with_a_role() -> None:
    store = _store(SEED, UK)
    for article in store.articles():
        expected = [(e.id, ev._role_keys(e)) for e in store.article_entities(article.id) if e.kind == "place" and e.roles]
        assert ev._roled_places(store, article.id) == expected


def test_eval_prepares_the_store_it_grades_before_timing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[str] = []
    monkeypatch.setattr(evaluate, "prepare", lambda store: calls.append("prepare"))
    real_grade = evaluate.grade
    monkeypatch.setattr(evaluate, "grade", lambda item, store: (calls.append("grade"), real_grade(item, store))[1])
    path = tmp_path / "q.yaml"
    items = [{"id": "a", "q": "How many containers did the inaugural train carry?", "expect": [["55"]]},
             {"id": "b", "q": "When did the Shenyang cargo hub open?"}]
    path.write_text(yaml.safe_dump({"article": "seed", "questions": items}), encoding="utf-8")
    evaluate.evaluate(path, lambda: _store(SEED))
    assert calls == ["prepare", "grade", "grade"]


def test_the_console_chat_prepares_its_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import handlers

    prepared: list[Store] = []
    monkeypatch.setattr(handlers, "prepare", lambda store: prepared.append(store))
    monkeypatch.setattr("bot.console.chat", lambda ask, reset, intro: None)
    # (the chat settles the heap for good: not in the test process, for every test after it)
    monkeypatch.setattr("bot.heap.settle_heap", lambda: None)
    db = tmp_path / "f.db"
    _store_file(db)
    assert cli.main(["--db", str(db), "chat"]) == 0
    assert len(prepared) == 1


def _store_file(path: Path) -> None:
    with Store.open(path) as store:
        store.ingest_text(SEED)
