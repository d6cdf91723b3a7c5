"""Work kept per sentence or per store for scoring: each gives what working it out afresh gives,
and a store's is dropped when an article is ingested."""

from __future__ import annotations

from pathlib import Path

from handlers.evidence import (
    _UNION_BODY,
    _listed_bodies,
    _named_by_keys,
    _OwnRows,
    _SentenceFacts,
    _union_body_stem,
    named_by,
)
from handlers.query import Query
from knowledge.store import Store, normalise_name

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def _store(*names: str) -> Store:
    store = Store.memory()
    for name in names:
        store.ingest_text((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    return store


def test_a_sentences_unlisted_names_are_its_names_but_its_listed_bodies() -> None:
    store = _store("india_harvest")
    ids = [sid for sid, _ in store.search_sentences(["rice", "export", "india", "price"], 40)]
    assert ids
    sentences = store.sentences(ids)
    rows = _OwnRows.read(store, list(sentences))
    for sid, s in sentences.items():
        mentions = list(rows[sid].mentions)
        facts = _SentenceFacts.compute(s, mentions, list(rows[sid].figures), list(rows[sid].times))
        assert facts.unlisted_names == facts.names - _listed_bodies(s.text, mentions)


def test_a_union_bodys_stem_is_the_patterns_group() -> None:
    for name in ("European Commission", "Eurasian Economic Commission", "European Parliament", "Commission", "Acme Group", ""):
        body = _UNION_BODY.match(normalise_name(name))
        assert _union_body_stem(name) == (body.group(1) if body else ""), name


def _query(text: str, keys: list[str]) -> Query:
    return Query(text=text, intent="figure", terms=[], entities=[], entity_keys=keys, times=[], numbers=[], direction="", wants="")


def test_named_by_is_kept_per_store_and_names_asked_and_dropped_on_ingest() -> None:
    store = _store("india_harvest")
    query = _query("How much rice did India export?", ["india"])
    kept = _named_by_keys(store, query)
    assert kept == {} and _named_by_keys(store, query) is kept  # one dict per set of names asked
    assert _named_by_keys(store, _query("How much rice?", [])) is None
    entity = next(e for e in store.entities_by_id(range(1, 200)).values() if e.kind == "place")
    kept[entity.id] = named_by(entity, frozenset(query.entity_keys))
    assert store.__dict__["_rows_memo_named_by"] == {frozenset({"india"}): kept}
    store.ingest_text((ARTICLES / "brazil_soy.txt").read_text(encoding="utf-8"))
    assert "_rows_memo_named_by" not in store.__dict__
    assert _named_by_keys(store, query) == {}


def test_a_sentences_headline_topic_is_kept_per_store_and_dropped_on_ingest() -> None:
    from handlers.evidence import (
        _headline_siblings,
        _headline_topic,
        _without_left_sibling,
    )
    store = _store("india_harvest")
    sentences = store.sentences([sid for sid, _ in store.search_sentences(["rice", "export", "price"], 40)])
    rows = _OwnRows.read(store, list(sentences))
    for sid, s in sentences.items():
        facts = _SentenceFacts.compute(s, list(rows[sid].mentions), list(rows[sid].figures), list(rows[sid].times))
        fresh = store.headline_terms(s.article_id) if not facts.whole_trade else frozenset()
        if fresh and (siblings := _headline_siblings(store, s.article_id)):
            fresh = _without_left_sibling(fresh, siblings, facts.own_terms)
        assert _headline_topic(store, sid, s, facts) == fresh
    assert set(store.__dict__["_rows_memo_headline_topic"]) == set(sentences)
    store.ingest_text((ARTICLES / "brazil_soy.txt").read_text(encoding="utf-8"))
    assert "_rows_memo_headline_topic" not in store.__dict__
