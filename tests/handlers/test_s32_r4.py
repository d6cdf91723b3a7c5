"""Evidence scoring's work kept per store or per question (r4): each kept or skipped piece gives
what working it out afresh gives, and a store's is dropped when an article is ingested."""

from __future__ import annotations

import itertools
from pathlib import Path

from handlers import Conversation, answer
from handlers.evidence import (
    _CAPITAL_COUNTRIES,
    _OwnRows,
    _rivals_kept,
    _rivals_of,
    _SentenceFacts,
)
from handlers.query import Query
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
STORIES = ("india_harvest", "brazil_soy")


def _store(*names: str) -> Store:
    store = Store.memory()
    for name in names:
        store.ingest_text((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    return store


def _sentences_with_rows(store: Store) -> list[tuple[object, list, _SentenceFacts]]:
    ids = [sid for sid, _ in store.search_sentences(["rice", "soy", "export", "india", "brazil", "china", "price", "said"], 200)]
    sentences = store.sentences(ids)
    rows = _OwnRows.read(store, list(sentences))
    out = []
    for sid, s in sentences.items():
        mentions = list(rows[sid].mentions)
        out.append((s, mentions, _SentenceFacts.compute(s, mentions, list(rows[sid].figures), list(rows[sid].times))))
    return out


def _rivals_afresh(text: str, facts: _SentenceFacts, mentions: list, asked: frozenset[str], kind: str) -> tuple:
    """The rivals as _entity_agreement worked them out inline before they were kept."""
    from handlers.evidence import _PLACE_LEAD, HOME_SUFFIX, _nested, capital_of
    capitals = asked & _CAPITAL_COUNTRIES
    same_kind = facts.by_kind.get(kind, ())
    within = [(m.start, m.end) for (m, _), keys in zip(mentions, facts.mention_keys) if not keys.isdisjoint(asked)] if same_kind else []
    rivals = [(m, e) for m, e, keys in same_kind if keys.isdisjoint(asked) and not (within and _nested(m, within))
              and not (capitals and capital_of(e, capitals))]
    subjects = rivals if kind != "other" or rivals else [(m, e) for m, e, keys in facts.by_kind.get("place", ()) if keys.isdisjoint(asked)]
    leading = {e.name for m, e in subjects if (m.start <= 4 or m.start < 30 and _PLACE_LEAD.match(text, 0, m.start))
               and not text[:1] in "\"“‘'" and not HOME_SUFFIX.match(text, m.end)}
    return rivals, subjects, leading


def test_rivals_of_a_sentence_are_those_worked_out_afresh_for_every_kind_and_names_asked() -> None:
    store = _store(*STORIES)
    sentences = _sentences_with_rows(store)
    assert len(sentences) > 10
    names = sorted({k for _, _, facts in sentences for k in facts.names})
    asked_sets = [frozenset(), *(frozenset({k}) for k in names[:12]), *(frozenset(p) for p in itertools.combinations(names[:8], 2)),
                  frozenset({"china", "beijing"}), frozenset({"china", "india"})]
    compared = 0
    for s, mentions, facts in sentences:
        for asked in asked_sets:
            for kind in ("place", "org", "person", "other", ""):
                kept = _rivals_of(s.text, facts, mentions, asked, asked & _CAPITAL_COUNTRIES, kind)
                rivals, subjects, leading = _rivals_afresh(s.text, facts, mentions, asked, kind)
                assert (kept.rivals, kept.subjects, set(kept.leading)) == (rivals, subjects, leading)
                compared += bool(rivals or leading)
    assert compared > 20  # sentences with rivals were met, not only empty ones


def test_rivals_are_kept_per_store_and_names_asked_and_dropped_on_ingest() -> None:
    store = _store("india_harvest")
    query = Query(text="How much rice did India export?", intent="figure", terms=[], entities=[], entity_keys=["india"], times=[],
                  numbers=[], direction="", wants="")
    kept = _rivals_kept(store, query)
    assert kept == {} and _rivals_kept(store, query) is kept  # one dict per set of names asked
    assert _rivals_kept(store, Query(text="How much rice?", intent="figure", terms=[], entities=[], entity_keys=[], times=[],
                                     numbers=[], direction="", wants="")) is None
    answer("How much rice did India export?", store, Conversation())
    store.ingest_text((ARTICLES / "brazil_soy.txt").read_text(encoding="utf-8"))
    assert "_rows_memo_entity_rivals" not in store.__dict__
    assert _rivals_kept(store, query) == {}


def test_an_article_ingested_after_a_question_is_still_found() -> None:
    store = _store("india_harvest")
    conversation = Conversation()
    before = answer("How many tonnes of soybeans did Brazil export in April?", store, conversation)
    store.ingest_text((ARTICLES / "brazil_soy.txt").read_text(encoding="utf-8"))
    fresh = _store("india_harvest", "brazil_soy")
    after = answer("How many tonnes of soybeans did Brazil export in April?", store, Conversation())
    assert after.text == answer("How many tonnes of soybeans did Brazil export in April?", fresh, Conversation()).text
    assert after.text != before.text
