"""Evidence scoring's work kept per store or per question (r4): each kept or skipped piece gives
what working it out afresh gives, and a store's is dropped when an article is ingested."""

from __future__ import annotations

import itertools
from pathlib import Path

from handlers import Conversation, answer
from handlers.evidence import (
    _CAPITAL_COUNTRIES,
    _EARNING_VERBS,
    _ENDING,
    _ORDINAL_WORDS,
    WORD_KINDS,
    _Asked,
    _entity_keys,
    _name_forms,
    _name_keys,
    _OwnRows,
    _PLACE_KIND_WORDS,
    _rivals_kept,
    _rivals_of,
    _SentenceFacts,
    named_by,
)
from handlers.query import parse_query, Query
from knowledge.lexicon import MEASURES, VALUE_WORDS
from knowledge.store import EntityRow, Store

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


def _named_by_afresh(entity: EntityRow, keys: set[str] | frozenset[str]) -> bool:
    """named_by as it was before its answers were kept."""
    names = _name_keys(entity.name, entity.aliases)
    if not names.isdisjoint(keys):
        return True
    if entity.kind == "place":
        return any(f" {k} " in padded and words - set(k.split()) <= _PLACE_KIND_WORDS
                   for padded, words in _name_forms(names) for k in keys)
    return any(f" {k} " in padded for padded, _ in _name_forms(names) for k in keys)


def test_named_by_kept_agrees_with_named_by_worked_out_afresh() -> None:
    store = _store(*STORIES)
    entities = list(store.entities_by_id(range(1, 400)).values())
    assert len(entities) > 10
    made = [EntityRow(9001, "x", "South Australia", "place", (), ()), EntityRow(9002, "x", "Liaoning province", "place", (), ()),
            EntityRow(9003, "x", "Veltra Motors", "org", ("Veltra",), ()), EntityRow(9004, "x", "South Australia", "org", (), ())]
    words = sorted({w for e in entities + made for k in _entity_keys(e) for w in [k, *k.split()]})[:60]
    key_sets: list[set[str] | frozenset[str]] = [set(), {"australia"}, frozenset({"australia"}), {"liaoning"}, {"veltra"},
                                                 {"south australia"}, *({w} for w in words), *(frozenset(p) for p in zip(words, words[1:]))]
    for entity in entities + made:
        for keys in key_sets:
            assert named_by(entity, keys) == _named_by_afresh(entity, keys), (entity.name, entity.kind, keys)
    # the same name of another kind is judged by its own kind, not by a kept answer of the other
    assert named_by(made[0], {"australia"}) is False and named_by(made[3], {"australia"}) is True


QUESTIONS = (
    "How much is the plant costing?", "What did the upgrade cost?", "How much did Brazil earn from soy exports?", "What price is Uzbekistan paying per thousand cubic meters?",
    "How much did Vietnam earn from seafood shipments?", "What word did the minister use?",
    "How many containers did the second train carry?", "When did the war end?", "How much rice did India export?",
    "What were rice exports worth in 2024?", "Who is the chief executive?", "Why did prices fall?",
    "What is the price of rice?", "How many tonnes of soybeans did Brazil export in April?", "What adjective did Xi use?",
)


def test_the_flags_of_a_question_hold_whenever_a_required_word_meets_their_rule() -> None:
    store = _store(*STORIES)
    met = set()
    for text in QUESTIONS:
        query = parse_query(text, store)
        asked = _Asked.of(query)
        required = query.required
        assert asked.costs == any("cost" in t.keys for t in required)
        assert asked.prices == any("price" in t.keys for t in required)
        assert asked.earns == (query.wants == "money" and any(t.lemma in _EARNING_VERBS for t in required))
        assert asked.worded == (query.intent == "what" and any(t.lemma in WORD_KINDS for t in required))
        assert asked.measured == any((t.lemma in MEASURES or t.keys & MEASURES) and t.lemma not in VALUE_WORDS for t in required)
        assert asked.ordinal_or_end == any(t.lemma in _ORDINAL_WORDS or (query.intent == "when" and t.lemma in _ENDING) for t in required)
        met |= {name for name in ("costs", "prices", "earns", "worded", "measured", "ordinal_or_end") if getattr(asked, name)}
    assert met == {"costs", "prices", "earns", "worded", "measured", "ordinal_or_end"}  # none is tested only false


def _scored(pool: object) -> list[tuple[object, ...]]:
    return [(e.sentence.id, e.score, e.coverage, e.entity_hits, tuple(e.conflicts), tuple(t.word for t in e.matched),
             tuple(t.word for t in e.missing)) for e in pool.evidence]  # type: ignore[attr-defined]


def test_scoring_with_the_flags_skipping_rules_equals_scoring_with_every_rule_run(monkeypatch) -> None:
    """Every candidate of every question scores as it does when each rule the flags may skip runs."""
    import handlers.evidence as ev
    made = ev._Asked.of

    def every_rule(query: Query, named: object = None, rivals: object = None) -> _Asked:
        asked = made(query, named, rivals)  # type: ignore[arg-type]
        return asked._replace(costs=True, prices=True, measured=True, ordinal_or_end=True,
                              earns=query.wants == "money", worded=query.intent == "what")

    texts = QUESTIONS + ("How much did soybean prices rise?", "What was the second corn crop estimate?",
                         "How much did Brazil earn from soybeans?", "When does the season end?")
    skipped = [_scored(ev._gather(parse_query(text, store := _store(*STORIES)), store)) for text in texts]
    monkeypatch.setattr(ev._Asked, "of", staticmethod(every_rule))
    run = [_scored(ev._gather(parse_query(text, store := _store(*STORIES)), store)) for text in texts]
    assert skipped == run
    assert sum(len(x) for x in run) > 30


def test_the_words_after_a_word_are_those_the_articles_pairs_put_after_it() -> None:
    from handlers.evidence import _words_after
    store = _store(*STORIES)
    for article_id in {s.article_id for s, _, _ in _sentences_with_rows(store)}:
        pairs = store.article_word_pairs(article_id)
        after = _words_after(store, article_id)
        assert pairs and {(w, y) for w, ys in after.items() for y in ys} == set(pairs)
        assert all(len(ys) == len(set(ys)) for ys in after.values())
        assert _words_after(store, article_id) is after  # kept per store handle
    store.ingest_text((ARTICLES / "eu_energy.txt").read_text(encoding="utf-8"))
    assert "_rows_memo_words_after" not in store.__dict__


def test_a_querys_image_is_equal_for_equal_queries_and_hashable_only_for_known_kinds() -> None:
    from dataclasses import replace

    from handlers.evidence import _frozen
    store = _store(*STORIES)
    for text in QUESTIONS + ("What was rice output in 2022/23 compared with 2021/22?", "How much soy in April and May 2024?"):
        query = parse_query(text, store)
        image = _frozen(query)
        hash(image)
        assert image == _frozen(parse_query(text, store))
        assert len(image) == len(Query.__dataclass_fields__)
        # a list made a tuple, element for element; times by their fields
        assert image[list(Query.__dataclass_fields__).index("terms")] == tuple(query.terms)
        assert image[list(Query.__dataclass_fields__).index("times")] == tuple(
            tuple(getattr(t, f) for f in type(t).__dataclass_fields__) for t in query.times)
        other = replace(query, terms=query.terms[:-1]) if query.terms else replace(query, intent="other")
        assert _frozen(other) != image
    query = parse_query("How much soy in April?", store)
    assert query.times
    odd = replace(query, entity_keys=[query.times[0]])  # a time where no time is declared: no image to hash
    try:
        hash(_frozen(odd))
    except TypeError:
        pass
    else:
        raise AssertionError("a TimeExpr outside the lists of times must leave the image unhashable")


def test_a_candidates_own_bundle_is_its_facts_headline_topic_and_antecedent_and_dropped_on_ingest() -> None:
    from handlers.evidence import _antecedent_of, _candidate_own, _headline_topic, _SentenceRows
    store = _store(*STORIES)
    query = parse_query("How many tonnes of soybeans did Brazil export in April?", store)
    sentences = {s.id: s for s, _, _ in _sentences_with_rows(store)}
    rows = _SentenceRows.load(store, query, sentences)
    for sid, s in sentences.items():
        facts, topic, antecedent = _candidate_own(store, sid, s, rows)
        assert facts == _SentenceFacts.compute(s, rows.mentions[sid], rows.figures[sid], rows.times[sid])
        assert topic == _headline_topic(store, sid, s, facts)
        assert antecedent == _antecedent_of(store, sid, s)
        assert _candidate_own(store, sid, s, rows)[0] is facts  # kept per store handle
    store.ingest_text((ARTICLES / "eu_energy.txt").read_text(encoding="utf-8"))
    assert "_rows_memo_candidate_own" not in store.__dict__
