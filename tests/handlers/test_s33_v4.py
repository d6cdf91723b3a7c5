"""Scoring a candidate (v4): what _score read of the sentence alone is kept in its facts, what it
read of the question alone is worked out once per gather (_Asked); each gives what working it out
afresh gave, and a store's is dropped when an article is ingested."""

from __future__ import annotations

from pathlib import Path

from handlers import Conversation, answer, prepare
from handlers.evidence import (
    _AGENT_NOUN,
    GOES_ON,
    _opens_with_bare_head,
    _PLACE_LEAD,
    HOME_SUFFIX,
    _compound_splits,
    _dating_when_clause,
    _found_only_in_names,
    _names_the_body,
    _OwnRows,
    _resolve_entities,
    _SentenceFacts,
    _union_body_named,
    _union_body_stem,
    _WHEN_CLAUSE,
)
from handlers.query import parse_query
from knowledge.lexicon import MEASURES
from knowledge.store import Store
from knowledge.text import phrase_keys

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
STORIES = sorted(p.stem for p in ARTICLES.glob("*.txt"))

QUESTIONS = (
    "How much did exports of rice rise in 2023?",
    "What were the revenue and profit of the company last quarter?",
    "How much did the European Union spend on energy imports into Europe?",
    "How many tonnes of soybeans did China buy from Brazil when prices fell?",
    "What did the ministry of trade say about output out of India?",
    "How much did sales fall at the Bank of Japan?",
    "Who is the chief executive of the mining company?",
    "What was the UK's inflation rate in March?",
)

# A sentence naming the European Commission, another a "when" clause, another a body whose name
# holds a measure ("exporters"), for the paths most fixture sentences never take.
EXTRA = """EU approves aid for gas imports

BRUSSELS, March 3, 2024 - The European Commission on Monday approved 4.5 billion euros of state aid for gas imports into Europe, officials said.

Gas prices rose 12% in January 2024, when Russia cut supplies to the European Union.

The Hazelnut Exporters' Association said export prices rose 8% to 6.2 euros a kilogram in February.
"""


def _store(*names: str, extra: bool = True) -> Store:
    store = Store.memory()
    for name in names:
        store.ingest_text((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    if extra:
        store.ingest_text(EXTRA)
    return store


def _sentences(store: Store) -> list[tuple[object, list, list, _SentenceFacts]]:
    ids = [sid for (sid,) in store.conn.execute("SELECT id FROM sentences")]
    sentences = store.sentences(ids)
    rows = _OwnRows.read(store, list(sentences))
    out = []
    for sid, s in sentences.items():
        mentions, times = list(rows[sid].mentions), list(rows[sid].times)
        out.append((s, mentions, times, _SentenceFacts.compute(s, mentions, list(rows[sid].figures), times)))
    return out


def _found_only_in_names_afresh(query, found, text, mentions, topic_terms):
    """_found_only_in_names as it read the sentence for every candidate before its facts kept it."""
    spans = sorted((m.start, m.end) for m, e in mentions if e.kind == "org")
    measures = [t for t in found if t.required and t.keys & MEASURES and t.keys.isdisjoint(topic_terms)]
    if not spans or not measures:
        return []
    names = " ".join(text[a:b] for a, b in spans)
    named = phrase_keys(_AGENT_NOUN.sub(" ", names))
    outside = phrase_keys(" ".join(text[b:a] for (_, b), (a, _) in zip([(0, 0), *spans], [*spans, (len(text), 0)])))
    return [t for t in measures if not t.keys.isdisjoint(named) and t.keys.isdisjoint(outside)
            and not _names_the_body(query.text, t.word, names)]


def test_found_only_in_names_from_facts_agrees_with_reading_the_sentence() -> None:
    store = _store(*STORIES)
    sentences = _sentences(store)
    queries = [parse_query(q, store) for q in QUESTIONS] + [parse_query("How much export revenue did the hazelnut exporters report?", store)]
    tried = hits = 0
    for query in queries:
        for s, mentions, _, facts in sentences:
            for topic in (frozenset(), frozenset({"export"})):
                kept = _found_only_in_names(query, query.required, facts.org_names, topic)
                assert kept == _found_only_in_names_afresh(query, query.required, s.text, mentions, topic), (query.text, s.text)
                tried += 1
                hits += bool(kept)
    assert tried > 500
    assert hits  # the Hazelnut Exporters' Association's "export" is only in its name


def test_org_names_are_none_only_for_a_sentence_naming_no_body() -> None:
    for s, mentions, _, facts in _sentences(_store(*STORIES)):
        assert (facts.org_names is None) == (not any(e.kind == "org" for _, e in mentions)), s.text


def test_union_bodies_are_the_stems_of_the_bodies_named() -> None:
    seen = False
    for s, mentions, _, facts in _sentences(_store(*STORIES)):
        assert facts.union_bodies == {stem for _, e in mentions if e.kind == "org" and (stem := _union_body_stem(e.name))}
        seen = seen or bool(facts.union_bodies)
    assert seen  # "The European Commission on Monday approved ..."


def test_union_body_named_by_the_kept_stems() -> None:
    store = _store()
    query = parse_query("How much state aid did the European Union approve?", store)
    _resolve_entities(query, store, {a.id for a in store.articles()})
    union = next(k for k in query.entity_keys if "union" in k)
    named = [facts for s, _, _, facts in _sentences(store) if _union_body_named(union, query, facts.union_bodies)]
    assert len(named) == 1 and "european" in named[0].union_bodies
    assert not _union_body_named(union, query, frozenset())


def test_dating_when_clause_finds_nothing_where_no_when_clause_is() -> None:
    store = _store(*STORIES)
    flagged = 0
    for query in (parse_query(q, store) for q in QUESTIONS):
        for s, _, times, facts in _sentences(store):
            assert facts.when_clause == (_WHEN_CLAUSE.search(s.text) is not None)
            if not facts.when_clause:
                assert _dating_when_clause(query, s.text, times) is None
            flagged += facts.when_clause
    assert flagged  # "Gas prices rose 12% in January 2024, when Russia cut supplies ..."


def test_prepare_works_out_each_sentence_compound_splits() -> None:
    store = _store(*STORIES)
    prepare(store)
    before = _compound_splits.cache_info()
    for s, _, _, _ in _sentences(store):
        _compound_splits(s.terms)
    after = _compound_splits.cache_info()
    assert after.misses == before.misses and after.hits > before.hits


def test_an_article_ingested_after_a_question_is_scored_with_its_own_facts() -> None:
    store = _store("india_harvest", extra=False)
    prepare(store)
    question = "What did the Hazelnut Exporters' Association say export prices rose to?"
    first = answer(question, store, Conversation()).text
    store.ingest_text(EXTRA)
    later = answer(question, store, Conversation()).text
    fresh = _store("india_harvest")
    assert later == answer(question, fresh, Conversation()).text
    assert "6.2 euros" in later and "6.2 euros" not in first


def test_bare_head_is_the_word_after_an_opening_the_and_gates_opens_with_bare_head() -> None:
    store = _store(*STORIES)
    sentences = _sentences(store)
    questions = QUESTIONS + ("Which companies own the warehouse project?", "How much will the project cost?",
                             "What is the plant's capacity?", "Who runs the ministry?")
    tried = 0
    for s, _, _, facts in sentences:
        m = GOES_ON.match(s.text)
        assert facts.bare_head == (m.group(1).lower() if m and s.text.startswith("The ") else "")
        if facts.bare_head:
            continue
        for query in (parse_query(q, store) for q in questions):
            for t in query.terms:
                assert not _opens_with_bare_head(t, query, s.text)  # the gate skips no sentence that opens so
                tried += 1
    assert tried > 1000
    assert any(facts.bare_head for _, _, _, facts in sentences)


def test_leads_are_the_mentions_placed_to_lead_the_sentence() -> None:
    for s, mentions, _, facts in _sentences(_store(*STORIES)):
        text = s.text
        afresh = {(m.start, m.end) for m, _ in mentions if (m.start <= 4 or m.start < 30 and _PLACE_LEAD.match(text, 0, m.start))
                  and not text[:1] in "\"“‘'" and not HOME_SUFFIX.match(text, m.end)}
        assert facts.leads == afresh, text


