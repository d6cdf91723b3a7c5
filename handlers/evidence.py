"""Query -> the sentences that could answer it, scored, with conflicts ruled out.

Candidates come from indexes only (FTS5 over sentence terms, plus the sentences that mention the
entities named), never from a scan of every fact. A candidate is dropped when a slot the question
names conflicts with it (another place of the same kind, a disjoint period): similarity alone
cannot tell a near miss from an answer, slot conflicts can.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple

from handlers.query import KIND_ADJECTIVES, KINDS_OF, PLURAL_THINGS, asks_kinds, QUALIFIER_EXEMPT, SEATS, WHOLE_WORDS, Query, Term, resolve_times, says_opposite, stated_bases
from rapidfuzz.distance import OSA
from knowledge import gazetteer as gz
from knowledge.entities import DEMONYMS, canonical_place
from knowledge.extract import in_relative_aside, year_of_its_noun
from knowledge.dates import MONTHS
from knowledge.lazy_re import (Guarded, LazyPattern, at_boundary, ends_after, finditer_after, has_word, is_word_char, lazy_compile,
                               follows, literal_at, literal_starts, search_after, word_spans)
from knowledge.lexicon import GOODS_FLOWS, KINDS, MEASURES, OBJECT_OPENERS, ROLES, STOPWORDS, SYNONYMS, TITLE_EXACT, VALUE_WORDS
from knowledge.numbers import SMALL_COUNTS, SPELLED_NUMBERS, is_currency_word, is_scale_word, parse_number
from knowledge.models import TimeExpr
from knowledge.store import EntityRow, FigureRow, MentionRow, SentenceRow, Store, TimeRow, normalise_name
from knowledge.text import Token, is_content, is_known_word, lemma, phrase_keys, stem, token_keys, tokenize, word_keys

FTS_LIMIT = 40
ENTITY_LIMIT = 60
FEW_CANDIDATES = 12
_REPORTING_WORDS = ("said", "says", "reported", "declared", "announced", "told", "according", "data by")


@dataclass(slots=True)
class Evidence:
    sentence: SentenceRow
    score: float
    coverage: float  # share of the question's required terms found
    matched: list[Term]
    missing: list[Term]
    mentions: list[tuple[MentionRow, EntityRow]]
    figures: list[FigureRow]
    times: list[TimeRow]
    entity_hits: float  # question entities named in the sentence (1 each) or its paragraph (0.5)
    conflicts: list[str] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)  # rarer question words count more

    @property
    def accepted(self) -> bool:
        return not self.conflicts


@dataclass(slots=True)
class Pool:
    """Everything fetched for one question, so handlers do not query the store again."""

    query: Query
    evidence: list[Evidence]  # best first; conflicting ones kept at the end for "nearby" offers
    entities: dict[int, EntityRow]

    @property
    def accepted(self) -> list[Evidence]:
        return [e for e in self.evidence if e.accepted]

    def best(self) -> Evidence | None:
        accepted = self.accepted
        return accepted[0] if accepted else None


# Pools kept per store handle, by everything gather reads: the whole query, the boosts. A pool
# is a pure function of those and the store's rows, and a write clears it with the store's other
# caches. The same question asked again (a suggestion button, a repeated follow-up) skips the
# search and the scoring, half of an answer; a pool is tens of kilobytes, so few are kept.
POOLS_KEPT = 256
# ... but a key's first pool goes out as made, and only a mark that the key was gathered is kept:
# a kept pool is handed out as a copy (its lists must not be shared with whoever reads it), and
# copying every Evidence cost about a fortieth of a question's gathering for the one question in a
# thousand (over the question files) that gathers the same query twice. The second gather of a key
# gathers afresh (a pure function of the key and the store's rows) and keeps that pool untouched.
_GATHERED_ONCE = object()


def gather(query: Query, store: Store, boost_sentences: set[int] | None = None,
           boost_paragraph: tuple[str, int] | None = None, _precise: bool = False) -> Pool:
    try:
        key = (_frozen(query), frozenset(boost_sentences or ()), boost_paragraph, _precise)
        hash(key)
    except TypeError:  # a slot of a kind _frozen does not know: gather afresh
        return _gather(query, store, boost_sentences, boost_paragraph, _precise)
    first: list[bool] = []  # (set by the memo's compute: the key was never gathered)
    cached = store.memo("gather", key, lambda: first.append(True) or _GATHERED_ONCE, limit=POOLS_KEPT)
    if first:
        pool = _gather(query, store, boost_sentences, boost_paragraph, _precise)
        # (its entities may be a kept _Prepared's, shared with a later gather: a dict of its own,
        # as a kept pool's copy gives)
        return Pool(pool.query, pool.evidence, dict(pool.entities))
    if cached is _GATHERED_ONCE:
        cached = store._memo_cache("gather")[key] = _Gathered.of(_gather(query, store, boost_sentences, boost_paragraph, _precise))
    # gather's one effect on the query: the stored entities its names refer to.
    query.entities = list(cached.entities)
    # Fresh evidence: the kept pool's lists must not be shared with whoever reads this one. All of
    # a pool's evidence shares one weights dict, as _gather makes it.
    weights = dict(cached.evidence[0].weights) if cached.evidence else {}
    evidence = [Evidence(e.sentence, e.score, e.coverage, list(e.matched), list(e.missing), list(e.mentions),
                         list(e.figures), list(e.times), e.entity_hits, list(e.conflicts), weights)
                for e in cached.evidence]
    return Pool(query, evidence, dict(cached.pool_entities))


@dataclass(frozen=True, slots=True)
class _Gathered:
    """What a gather found, kept without the query it was asked for."""

    evidence: tuple[Evidence, ...]
    pool_entities: dict[int, EntityRow]
    entities: tuple[EntityRow, ...]  # the query's entities once gathered

    @classmethod
    def of(cls, pool: Pool) -> _Gathered:
        return cls(tuple(pool.evidence), pool.entities, tuple(pool.query.entities))


def _frozen(query: Query) -> tuple[object, ...]:
    """A hashable image of a query, field by field: lists become tuples, and a TimeExpr in one
    (mutable, so unhashable) the tuple of its fields. The other fields hold immutable values
    already (a Term or an EntityRow hashes by its fields). Each field holds values of one type, so
    equal images mean equal queries; a field of another mutable kind leaves the image unhashable,
    and gather then gathers afresh. Field getters, not a recursive walk: this runs for every
    gather, asked before or not (a walk cost 36 us a query). Only the fields declared as lists are
    made tuples, and only those declared as lists of times have their elements made tuples: one of
    them holding anything else (a list in another field, a TimeExpr in another list) leaves the
    image unhashable, and gather gathers afresh, as for any kind it does not know."""
    values = list(_QUERY_FIELDS(query))
    for i in _LIST_FIELDS:
        if type(value := values[i]) is list:
            values[i] = tuple(value)
    for i in _TIME_LIST_FIELDS:
        if type(value := values[i]) is list:
            values[i] = tuple([_TIME_FIELDS(v) if type(v) is TimeExpr else v for v in value])
    return tuple(values)


_QUERY_FIELDS = attrgetter(*Query.__dataclass_fields__)
_TIME_FIELDS = attrgetter(*TimeExpr.__dataclass_fields__)
# Where the list fields stand in _frozen's image: lists of times, and lists of anything else.
_TIME_LIST_FIELDS = tuple(i for i, f in enumerate(Query.__dataclass_fields__.values()) if str(f.type) == "list[TimeExpr]")
_LIST_FIELDS = tuple(i for i, f in enumerate(Query.__dataclass_fields__.values())
                     if str(f.type).startswith("list[") and i not in _TIME_LIST_FIELDS)


def _gather(query: Query, store: Store, boost_sentences: set[int] | None = None,
            boost_paragraph: tuple[str, int] | None = None, _precise: bool = False) -> Pool:
    sentences = _candidates(query, store, boost_sentences)
    if not sentences:
        return Pool(query, [], {})
    # Everything scoring reads besides the periods asked depends on the query's other fields and
    # the candidates (in order) alone: "what were sales in 2022?" read a year later (shift_years,
    # the year-earlier handler's second gather) meets the same candidates, so it is worked out
    # once per store handle by that key and the sentences are only scored again. Only a figure
    # question with a period is ever read a year later (derived.handle_year_before): any other
    # prepares without the key, whose making and hashing would only cost it.
    prepared: _Prepared | None = None
    kept = False  # whether the prepared rows are a kept _Prepared's, shared with other gathers
    if query.intent == "figure" and query.times:
        try:
            frozen = _frozen(query)
            key = (frozen[:_SHIFT_AT] + (0,) + frozen[_SHIFT_AT + 1 :], tuple(sentences))
            hash(key)
        except TypeError:  # a slot of a kind _frozen does not know: prepare afresh
            pass
        else:
            prepared = store.memo("gather_prepared", key, lambda: _Prepared.of(query, store, sentences), limit=POOLS_KEPT)
            kept = True
    if prepared is None:
        prepared = _Prepared.of(query, store, sentences)
    rows, facts, context = prepared.rows, prepared.facts, prepared.context
    periods = _AskedPeriods(query)
    evidence: list[Evidence] = []
    # A candidate that finds none of the required words (a tenth of them) is left out unscored
    # where nothing after scoring could read it: see _Uncovered. Its matched words still weigh.
    uncovered = _Uncovered.of(query, sentences)
    dropped: list[list[Term]] = []
    for sid, s in sentences.items():
        where = (s.article_id, s.paragraph)
        lead = context.get((s.article_id, 1), [])
        # A sentence's paragraph dates it; else the paragraph before it and the lead do.
        dated_by = context.get(where)
        # ... but an undated sentence not by a later sentence's: "net profit rose to 14.7 billion
        # dirhams ... Third-quarter revenue alone jumped 21%" is of the lead's nine months, not of
        # the quarter said after it. (A time in an aside, "the Nova, launched in March, added
        # 18,410", dates no figure of it either.)
        if dated_by and all(t.sentence_id > sid for t in dated_by) and not any(
                t.start_date and not in_relative_aside(s.text, t.start) for t in rows.times[sid]):
            dated_by = None
        if dated_by is None:
            dated_by = context.get((s.article_id, s.paragraph - 1), []) + lead
        mentions, figures, times = rows.mentions[sid], rows.figures[sid], rows.times[sid]
        if kept:  # (the evidence gets lists of its own: gather may hand them out as they are)
            mentions, figures, times = list(mentions), list(figures), list(times)
        scored = _score(query, prepared.asked, s, facts[sid], mentions, figures, times,
                        prepared.paragraph_names[where], prepared.dates.get(s.article_id), boost_paragraph,
                        prepared.topics.get(s.article_id, {}), dated_by, prepared.topic_terms[sid], prepared.kinds,
                        prepared.heads, prepared.carried.get(where, {}), periods, lead, prepared.antecedents.get(sid),
                        prepared.bodies, uncovered, dropped)
        if scored is not None:
            evidence.append(scored)
    if query.intent in ("figure", "derived") and len(query.entity_keys) == 2:
        _pair_named_before(query, evidence, store, _BOTH_SIDES_GUARDED, ("place",))
    if query.intent in ("figure", "derived") and len(query.entity_keys) in (1, 2):
        _pair_named_before(query, evidence, store, _BOTH_BODIES_GUARDED, ("org", "other"))
    if query.basis:
        _other_basis(query.basis, evidence, store)
    if query.intent in ("figure", "derived"):
        _elsewhere(query, evidence, store)
    if query.intent in ("figure", "derived", "what") and len(query.required) >= 3:
        _kind_never_named(query, evidence, store)
    if query.intent in ("figure", "derived", "what", "when"):
        _sibling_named(query, evidence, store)
    if query.intent in ("figure", "derived") and len(query.entities) >= 2:
        _place_as_actor(query, evidence)
        _where_as_actor(query, evidence)
        _end_as_trader(query, evidence)
        _end_told_before(evidence)
    if prepared.asked.counted:
        _counts_another_thing(prepared.asked.counted, evidence, store)
    if query.intent in ("figure", "derived") and _RUNNING_ASKED.search(query.text):
        _other_stage(evidence)
    if query.intent in ("figure", "derived"):
        _value_word_measure(query, evidence)
        if _STILL_TO.search(query.text):
            # "How much of the crop is still to be harvested?" is not "expected to harvest 39.3
            # million tonnes": the part left, which a sentence must say is left.
            for e in evidence:
                if not e.conflicts and not _REMAINDER_SAID.search(e.sentence.text):
                    e.conflicts.append("says nothing of what is left")
    if query.intent in ("figure", "derived"):
        _only_a_listed_part(query, evidence)
        _another_event_done(query, evidence)
        _measure_only_in_a_name(query, evidence)
    if query.intent in ("figure", "derived") and prepared.asked.total and not any(e.kind == "org" for e in query.entities) \
            and any(e.kind == "place" for e in query.entities):
        _one_body_of_a_total(query, evidence)
    if query.intent in ("figure", "derived") and not any(e.kind == "place" for e in query.entities):
        _about_another_place(evidence, store)
    if query.intent in ("figure", "derived") and (held := _gathering_places_asked(query)):
        _gathering_elsewhere(held, evidence, store)
    if any(e.kind == "place" for e in query.entities):
        _gathering_placed_after(query, evidence, store)
    if query.intent in ("figure", "derived") and query.entities and all(e.kind == "org" for e in query.entities):
        _lead_body_not_asked(query, evidence, store, prepared.heads, facts)
    evidence.sort(key=lambda e: (not e.accepted, -e.score, e.sentence.paragraph, e.sentence.index))
    if not any(e.accepted for e in evidence) and len(query.required) >= 2 and not _precise:
        # Nothing fits among the best partial matches: look for sentences with every word.
        groups = [set(t.keys) for t in query.required]
        extra = {sid for sid, _ in store.search_sentences_all(groups, FTS_LIMIT)} - set(sentences)
        if extra:
            return gather(query, store, (boost_sentences or set()) | extra, boost_paragraph, _precise=True)
    weights = _term_weights(evidence, dropped)
    for e in evidence:
        e.weights = weights
    return Pool(query, evidence, rows.entities)


# Where shift_years stands in _frozen's image of a query (its other fields key _Prepared).
_SHIFT_AT = list(Query.__dataclass_fields__).index("shift_years")


class _Prepared(NamedTuple):
    """What _gather reads to score its candidates, apart from the periods asked (_AskedPeriods,
    which shift_years moves): a function of the query's other fields and the candidates alone.
    Shared by the gathers that key it alike, and read only: each scoring makes its own evidence."""

    rows: _SentenceRows
    facts: dict[int, _SentenceFacts]
    paragraph_names: dict[tuple[str, int], set[str]]
    dates: dict[str, date | None]
    topics: dict[str, dict[str, int]]
    context: dict[tuple[str, int], list[TimeRow]]
    kinds: dict[str, str]
    heads: dict[tuple[str, str], set[str]]
    carried: dict[tuple[str, int], dict[str, str]]
    bodies: dict[tuple[str, str], frozenset[str]]  # see _bodies_of_nation
    asked: _Asked
    topic_terms: dict[int, frozenset[str]]  # per candidate: its headline's, its antecedent's, the headline compound
    antecedents: dict[int, frozenset[str]]  # per candidate that carries on the sentence before: that one's terms

    @classmethod
    def of(cls, query: Query, store: Store, sentences: dict[int, SentenceRow]) -> _Prepared:
        rows = _SentenceRows.load(store, query, sentences)
        # What each candidate brings whatever the question (its facts, its headline topic, the terms
        # of the sentence it carries on): one look-up per candidate in a store-kept bundle, where
        # three kept values were looked up one by one for every question meeting it.
        # (one memo_each for all candidates: the same kept bundles, no closure made per candidate)
        own = store.memo_each("candidate_own", sentences, lambda sid: _candidate_bundle(store, sid, sentences[sid], rows))
        facts = {sid: o[0] for sid, o in own.items()}
        kinds = _kinds_by_key(query)
        antecedents = {sid: o[2] for sid, o in own.items() if o[2] is not None}
        required = query.required
        articles = {s.article_id for s in sentences.values()}  # (the candidates' articles, read thrice below)
        in_headlines = {a: _asked_in_headline(query, store, a, required) for a in articles}
        # What _headline_compound reads of the question and of each article, made once per gather,
        # not once per candidate: the asked words' keys, each article's headline and lead words,
        # and (as first needed) where its headline and lead write each asked word.
        required_keys = [t.keys for t in required]
        headlines = {a: _headline_and_lead_words(store, a) for a, asked in in_headlines.items() if asked}
        runs: dict[tuple[str, int], list[tuple[frozenset[str], ...]]] = {}
        topic_terms: dict[int, frozenset[str]] = {}
        for sid, s in sentences.items():
            terms = own[sid][1]
            if sid in antecedents:
                terms = terms | antecedents[sid]
            # (and where: "Every tonne we process here ...," he told a farmers' meeting in Soubre: the
            # place of the telling is where the speaker the sentence before named spoke)
            elif query.intent in ("why", "where") and (spoken := store.memo("speaker_before", sid, lambda sid=sid, s=s: _speaker_before(store, sid, s))):
                terms = terms | spoken
            elif query.intent == "where" and (subject := store.memo("subject_before", sid, lambda sid=sid, s=s: _subject_before(store, sid, s))):
                terms = terms | subject
            in_headline = in_headlines[s.article_id]
            if in_headline:
                # Joined only when it adds a word: a union with nothing copied the whole set.
                compound = _headline_compound(required_keys, in_headline, facts[sid], terms, store, s.article_id,
                                              headlines[s.article_id], runs)
                if compound:
                    terms = terms | compound
            if terms and query.kinds_of_measure and (siblings := _headline_siblings(store, s.article_id)):
                terms = _without_listed_kind(query, terms, siblings, facts[sid].own_terms)
            topic_terms[sid] = terms
        heads = _heads_by_key(query, sentences, store)
        # (a place's site nouns, _story_site_of, name it in a sentence that opens on one, not in
        # every sentence of a paragraph that calls it so: "the factory" there may be any deed's)
        by_head = {k: v for k, v in heads.items() if kinds.get(k[1]) != "place"} if "place" in kinds.values() else heads
        return cls(rows, facts, _paragraph_names(sentences, facts, _paragraphs_by_head(store, sentences, by_head)),
                   _article_dates(store, articles),
                   _topic_names(store, query), _context_times(store, query, sentences), kinds, heads,
                   _carried_places(store, query, sentences) if "place" in kinds.values() else {},
                   _bodies_of_nation(store, query, articles), _Asked.of(query, _named_by_keys(store, query), _rivals_kept(store, query)), topic_terms,
                   antecedents)


def _candidate_own(store: Store, sid: int, s: SentenceRow,
                   rows: _SentenceRows) -> tuple[_SentenceFacts, frozenset[str], frozenset[str] | None]:
    """A candidate's _SentenceFacts, _headline_topic and _antecedent_of, kept together per store
    handle by sentence id (a write clears it): each a function of the sentence and the store alone."""
    return store.memo("candidate_own", sid, lambda: _candidate_bundle(store, sid, s, rows))  # type: ignore[no-any-return]


def _candidate_bundle(store: Store, sid: int, s: SentenceRow,
                      rows: _SentenceRows) -> tuple[_SentenceFacts, frozenset[str], frozenset[str] | None]:
    """What _candidate_own keeps for a sentence, worked out."""
    facts = _SentenceFacts.of(store, s, rows)
    antecedent = store.memo("antecedent_terms", sid, lambda: _antecedent_of(store, sid, s))
    return facts, _headline_topic(store, sid, s, facts), antecedent

# Sets of names asked whose named_by results a store keeps: a dict each, of one bool per entity met.
NAMED_BY_KEPT = 1024


def _named_by_keys(store: Store, query: Query) -> dict[int, bool] | None:
    """named_by(entity, the names asked) by entity id, kept per store handle and set of names (a
    write clears it): a pure function of the entity's row and the names, which question after
    question asking of the same place re-derived for the same entities of every list of places
    (_only_in_a_list). None when no name is asked (then none is ever tested)."""
    if not query.entity_keys:
        return None
    return store.memo("named_by", frozenset(query.entity_keys), dict, limit=NAMED_BY_KEPT)  # type: ignore[no-any-return]


_THE_WHOLE = lazy_compile(r"\b(?:total|overall|merchandise)\s+(?:exports|imports|trade|shipments|sales|output|production)\b",
                          re.IGNORECASE)


# "Total output rose 6% to 62 tonnes" after "miners produced about 40% of Tanzania's gold": the
# whole of what its paragraph makes, the story's gold, not of every good (as a total of trade is).
_TOTAL_MADE = lazy_compile(r"\b(?:total|overall)\s+(?:output|production)\b", re.IGNORECASE)


def _whole_of_paragraph_topic(store: Store, s: SentenceRow, headline: frozenset[str]) -> bool:
    """A total of output in a paragraph that names the headline's subject is that subject's total."""
    if not headline or not _TOTAL_MADE.search(s.text) or _THE_WHOLE.search(_TOTAL_MADE.sub("", s.text)):
        return False
    _, keys = analysed(store.paragraph(s.article_id, s.paragraph) or "")
    return any(k & headline for k in keys)


def _headline_topic(store: Store, sid: int, s: SentenceRow, facts: _SentenceFacts) -> frozenset[str]:
    """The headline's terms a sentence inherits as its topic, whatever the question: kept per
    store handle by sentence (a write clears it), not re-derived for every question meeting it."""
    def topic() -> frozenset[str]:
        # "as total imports rose 14.8% while exports fell 3.1%" in a gold story: the whole
        # trade, not the story's gold
        terms = store.headline_terms(s.article_id)
        if facts.whole_trade and not _whole_of_paragraph_topic(store, s, terms):
            terms = frozenset()
        if terms and (siblings := _headline_siblings(store, s.article_id)):
            terms = _without_left_sibling(terms, siblings, facts.own_terms)
        return terms
    return store.memo("headline_topic", sid, topic)  # type: ignore[no-any-return]


def _asked_in_headline(query: Query, store: Store, article_id: str, required: list[Term] | None = None) -> list[Term]:
    """The required terms the article's headline has, in order: the only ones _headline_compound
    can find there, the same for every candidate sentence of the article (most questions have
    none, and then no sentence needs the headline read). `required`: query.required, if made."""
    headline = _headline_and_lead_words(store, article_id)
    return [t for t in (query.required if required is None else required) if not t.keys.isdisjoint(headline)]


def _headline_and_lead_words(store: Store, article_id: str) -> frozenset[str]:
    """The article's headline words and its lead's (_lead_words) together, joined once per store
    handle (a write clears it): _asked_in_headline and _Prepared.of each joined them afresh, for
    every article of every gather."""
    return store.memo("headline_lead_words", article_id,  # type: ignore[no-any-return]
                      lambda: store.headline_words(article_id) | _lead_words(store, article_id))


def _lead_words(store: Store, article_id: str) -> frozenset[str]:
    """Every index term of the story's first paragraph, which names its subject in full ("a new
    cross-border rail link") where later sentences shorten it ("The 19.5-km rail link")."""
    def words() -> frozenset[str]:
        _, keys = analysed(store.paragraph(article_id, 1) or "")
        return frozenset(k for ks in keys for k in ks)
    return store.memo("lead_words", article_id, words)  # type: ignore[no-any-return]


def _headline_siblings(store: Store, article_id: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The headline's pairs of words written as items of one list: "coal" and "copper" in
    "Mongolian coal, copper shipments to China surge" (kept per article)."""
    def pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        text = store.paragraph(article_id, 0) or ""
        tokens, keys = analysed(text)
        out = []
        for i in range(len(tokens) - 1):
            j = i + 1
            gap = text[tokens[i].end : tokens[j].start]
            if tokens[j].lower in ("and", "or") and not gap.strip() and j + 1 < len(tokens):
                j += 1
                gap = text[tokens[i].end : tokens[j].start]
                if gap.strip() not in ("and", "or"):
                    continue
            elif gap.strip() not in (",", "&"):
                continue
            if keys[i] and keys[j] and is_content(tokens[i]) and is_content(tokens[j]) \
                    and (keys[i] | keys[j]).isdisjoint(_MOVE_KEYS):
                out.append((keys[i], keys[j]))
        return tuple(out)
    return store.memo("headline_siblings", article_id, pairs)  # type: ignore[no-any-return]


_MOVE_KEYS = frozenset({"rise", "fall"})


def _without_listed_kind(query: Query, topic: frozenset[str], siblings: tuple[tuple[frozenset[str], frozenset[str]], ...],
                         own: frozenset[str]) -> frozenset[str]:
    """ "what were the bean exports worth?" is not "Myanmar's exports through Muse were worth
    3.36 trillion kyat" under "rice, rubber and bean exports climb": a sentence naming none of
    the headline's listed things measures them all, so no one kind asked is its topic."""
    listed = frozenset(k for pair in siblings for keys in pair for k in keys)
    if not query.kinds_of_measure or not listed.isdisjoint(own):
        return topic
    kinds = frozenset(k for _, kind_keys, _ in query.kinds_of_measure for k in kind_keys & listed)
    return topic - kinds if kinds else topic


def _without_left_sibling(topic: frozenset[str], siblings: tuple[tuple[frozenset[str], frozenset[str]], ...],
                          own: frozenset[str]) -> frozenset[str]:
    """ "how much coal went via Zamiin-Uud?" is not "Copper concentrate exports via Zamiin-Uud
    climbed 17.2% to 1.12 million tonnes" under "Mongolian coal, copper shipments surge": a
    sentence that names one of the headline's listed things, and not the other, speaks of that
    one alone, so the other is no topic it inherits."""
    dropped: set[str] = set()
    for a, b in siblings:
        for this, other in ((a, b), (b, a)):
            if this.isdisjoint(own) and not other.isdisjoint(own):
                dropped |= this
    return topic - dropped if dropped else topic


def _headline_compound(required_keys: list[frozenset[str]], in_headline: list[Term], facts: _SentenceFacts, topic: frozenset[str],
                       store: Store, article_id: str, headline: frozenset[str],
                       runs: dict[tuple[str, int], list[tuple[frozenset[str], ...]]]) -> frozenset[str]:
    """ "Housing starts in Vancouver?" against "starts in Toronto jumped 34% and Vancouver rose 18%"
    under the headline "Canada's housing starts jump": an asked word the headline puts right
    before another asked word the sentence has is the story's, though too rare in the body to be
    its topic. `in_headline`: _asked_in_headline of the article. The lead's hyphened modifier
    joins too ("The 19.5-km rail link ..." is the lead's "new cross-border rail link"), and only
    that, to a thing, in a sentence naming a body ("Elektra Markt's sales" are no "retail sales";
    "..., built jointly by state-owned Erdenes Mongol" builds that rail link).
    `required_keys`: the keys of each required word; `headline`: the article's headline and lead
    words; `runs`: the gather's _headline_runs, by article and paragraph, filled here."""
    own = facts.own_terms
    lacking = [j for j, t in enumerate(in_headline) if t.keys.isdisjoint(own) and t.keys.isdisjoint(topic)]
    if not lacking:
        return frozenset()
    had = frozenset(k for keys in required_keys for k in keys & own)  # the asked words the sentence has
    if not had or (facts.names_body and had & MEASURES):
        return frozenset()
    joined: list[Term] = []
    for number in ((1,) if facts.names_body else (0, 1)):
        nexts = runs.get((article_id, number))
        if nexts is None:
            nexts = runs[(article_id, number)] = _headline_runs(store, article_id, number, in_headline)
        # "cross" before "border" before the sentence's "rail": a run of asked words the headline
        # or the lead writes as one name, ending at the sentence's word
        grown = True
        while grown:
            grown = False
            for j in lacking:
                t = in_headline[j]
                if t not in joined and any(after & (had | _keys_of(joined)) for after in nexts[j]):
                    joined.append(t)
                    grown = True
    return frozenset(k for t in joined for k in t.keys & headline)


def _headline_runs(store: Store, article_id: str, number: int, in_headline: list[Term]) -> list[tuple[frozenset[str], ...]]:
    """For each word of `in_headline`, the keys of every word the headline (number 0) or the lead
    (1, only after a hyphened modifier: _in_hyphened) writes right after it: what
    _headline_compound reads of the paragraph, the same for every candidate of the article."""
    text = store.paragraph(article_id, number) or ""
    tokens, keys = analysed(text)
    return [tuple(keys[i + 1] for i in range(len(keys) - 1) if keys[i] & t.keys and (number == 0 or _in_hyphened(text, tokens, i)))
            for t in in_headline]


def _in_hyphened(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the lead's word i is part of a hyphened modifier ("cross-border") right before the
    next word: a kind of the thing named, not a rank ("Greece's biggest ferry operator") or a use
    ("floating wind") that a shorter sentence may speak of apart."""
    gap_after = text[tokens[i].end : tokens[i + 1].start]
    gap_before = text[tokens[i - 1].end : tokens[i].start] if i else ""
    if gap_after == "-":
        return not _RANKED_WORD.fullmatch(tokens[i + 1].lower)
    # ("Greece's second-largest ferry operator": a rank, which a sentence may deny)
    return gap_before == "-" and gap_after == " " and not _RANKED_WORD.fullmatch(tokens[i].lower)


_RANKED_WORD = lazy_compile(r"[a-z]+est|most|least")


def _keys_of(terms: list[Term]) -> frozenset[str]:
    return frozenset(k for t in terms for k in t.keys)


# ... or with a word for what the sentence before it counted: "The United States accounted for
# 96.4% of the money. The remainder came mainly from Canada".
# "By value, shipments dropped 9.4%": the way a measure is counted, opening the sentence, leaves it bare.
# "Shipments by volume climbed 27%": so does the way counted told after the measure.
# "Total output rose 6% to 62 tonnes": a whole-of word before the measure leaves it as bare.
_FIRST_WORD = lazy_compile(r"(?:(?:By|In) (?:value|volume|(?:dollar|value|volume|money|cash) terms), )?"
                           r"(?:(?:Total|Overall|Combined|Aggregate)\s+(?=[a-z]))?([A-Za-z][a-z]+)\s+(?:by (?:value|volume|weight)\s+)?(?:[a-z]+ed|fell|rose|grew|were|was|jumped|slid|dropped|climbed)\b")
_THE_NEW = lazy_compile(r"\bthe new ([a-z]+)\b")
# ("Until then, cargo bound for Uganda will be switched to trucks": until what the sentence before
# told is done, as "until their line is built" asks)
_OPENS_WITH_PRONOUN = re.compile(r"^(?:Its|It|Their|They|His|He|Her|She|This|That|These|Those"
                                 r"|The (?:remainder|rest|balance)|Until then|Until that happens|By then)\b")


# Measure words that also mean something else ("the largest share of the reduction").
WEAK_MEASURES = frozenset("share value amount total rate volume worth return stake".split())


# "in the United States", "at Rotterdam": the words that set what follows in a place.
IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


def _other_basis(basis: str, evidence: list[Evidence], store: Store) -> None:
    """ "How much did gold output change month on month?" is not answered by a change its
    sentence, or its paragraph before it, measures year on year."""
    for e in evidence:
        s = e.sentence
        stated = stated_bases(s.text)
        if not stated and s.paragraph == 0:
            # A headline restates the lead: "output falls 4.2%" is measured as the lead's 4.2% is.
            lead = store.paragraph(s.article_id, 1) or ""
            said = [m.end() for f in e.figures if (m := re.search(re.escape(f.raw), lead))]
            end = lead.find(". ", said[0]) if said else 0
            stated = stated_bases(lead[: end + 1] if end >= 0 else lead)  # that figure's sentence
        elif not stated:
            paragraph = store.paragraph(s.article_id, s.paragraph) or ""
            stated = stated_bases(paragraph[: max(0, paragraph.find(s.text))])
            # "Analysts polled by Reuters had forecast a 0.8% rise." opening a paragraph, with no
            # time of its own, measures as the change it follows does ("dropping by 2.3% from the
            # previous month"); "Compared with August last year, ..." sets its own.
            if not stated and not e.times and s.paragraph > 1 and paragraph.startswith(s.text) and e.figures:
                previous = store.paragraph(s.article_id, s.paragraph - 1) or ""
                stated = stated_bases(previous[previous.rfind(". ", 0, len(previous) - 1) + 1 :])
        if stated and basis not in stated:
            e.conflicts.append(f"{'/'.join(sorted(stated))} on {'/'.join(sorted(stated))}, not {basis} on {basis}")


# "... competing for a Navy contract to repair supply ships. A decision is expected in December":
# an outcome named with no object of its own is the outcome of what the sentence before tells.
_OUTCOME_OPENING = re.compile(r"^(?:A|The|Its|Their) (?:final )?(?:decision|ruling|verdict|judg(?:e)?ment|announcement|award|outcome|vote)"
                              r"\s+(?:is|was|will|would|could|should|may|might|has|had|came|is now)\b")


def carried_terms(store: Store, s: SentenceRow) -> frozenset[str]:
    """The terms of the sentence before, when this one carries on about what it told (see
    _antecedent_of); else none."""
    return store.memo("antecedent_terms", s.id, lambda: _antecedent_of(store, s.id, s)) or frozenset()


def _antecedent_of(store: Store, sid: int, s: SentenceRow) -> frozenset[str] | None:
    """ "At the end of June the fund held stakes in 8,612 companies. Its largest holding was
    Corvane": a sentence that opens with a pronoun is about what the sentence before it is about,
    so it carries that sentence's terms; None when it does not carry on. It reads the sentence and
    the one before alone, not the question: kept per store handle and sentence id ("antecedent_terms",
    a write clears it)."""
    # (before the thing renamed: "The value" is of the shipments, no thing of its own)
    if s.index == 0 and s.paragraph > 1 and s.text.startswith("The ") and (measure := _size_of_the_measure(s.text)):
        return _measure_told_before(store, s, measure)
    if s.index == 0 and s.paragraph > 1 and _THE_THING.match(s.text):
        before_all = [b for b in store.paragraph_sentences(s.article_id, s.paragraph - 1) if b.id < sid]
        # (one that names the thing again as its own subject, "The deal covers ...", goes on about
        # the telling before it, which names the parties)
        while len(before_all) > 1 and _renamed_across(s, before_all[-1]) is not None and _same_thing(s.text, before_all[-1].text):
            before_all.pop()
        return _renamed_across(s, before_all[-1]) if before_all else None
    if s.index == 0 and s.paragraph > 1 and _PART_OF_THAT.match(s.text):
        before_all = [b for b in store.paragraph_sentences(s.article_id, s.paragraph - 1) if b.id < sid]
        return before_all[-1].terms if before_all else None
    if s.index == 0 and s.paragraph > 1 and _BARE_UNDERTAKING.search(s.text):
        return _undertaking_told_before(store, sid, s)
    if s.index == 0 and s.paragraph > 1 and (speaker := _SPEAKER_ON_THE_FIRM.match(s.text)):
        return _firm_told_with(store, sid, s, speaker[1])
    if s.index == 0 and s.paragraph > 1 and _FIRM_OPENING.match(s.text) and (teller := _TOLD_BY.search(s.text)):
        return _firm_of_teller(store, sid, s, teller[1])
    if s.index == 0 and s.paragraph > 1 and "of the " in s.text and _POST_OF_THE_SITE.match(s.text):
        return _site_told_last(store, sid, s)
    # (before the shares: "accounting for 64% of the total" then shares out this measure)
    if s.index == 0 and s.paragraph > 1 and _RESTATED_BY_SIZE.match(s.text) and (measure := _bare_measure_opening(s.text)):
        return _measure_told_before(store, s, measure)
    if s.index == 0 and s.paragraph > 1 and _FIRST_SHARE_OF_TOTAL.match(s.text):
        return _total_told_before(store, s)
    if s.index == 0 and s.paragraph > 1 and (shared := _share_of_the_measure(s.text)):
        return _share_told_before(store, s, shared)
    if s.index == 0 and s.paragraph > 1 and _SAME_PERIOD_BACK.search(s.text) and (measure := _bare_measure_opening(s.text)):
        return _measure_told_before(store, s, measure)
    if s.index == 0 and s.paragraph > 1 and _TOP_PARTNER_OPENING.match(s.text):
        return _flow_told_before(store, s)
    if s.index == 0 and s.paragraph > 1 and (held := _HELD_BY_THE_THING.match(s.text)):
        return _thing_told_last(store, s, held[1])
    if not (s.index > 0 and (_OPENS_WITH_PRONOUN.match(s.text) or _OUTCOME_OPENING.match(s.text) or s.text.startswith("The new ") or _THE_NEW.search(s.text)
                             or _bare_measure_opening(s.text) or _undertaking_opening(s.text) or _share_of_the_measure(s.text)
                             or _OWNED_SHARE_OPENING.match(s.text) or _journey_opening(s.text)
                             or _SHARE_OF_ITS_COST.search(s.text) or _THE_THING.match(s.text) or _moves_back_to(s.text)
                             or _body_post(s.text) or _OF_THAT_THING.match(s.text))):
        return None
    before = store.sentences([sid - 1]).get(sid - 1)
    if before is None or before.article_id != s.article_id or before.paragraph != s.paragraph:
        return None
    # "... royalties will rise to 14%. The new tiers take effect on January 1": a sentence
    # that opens on "the new" names what the one before just made, in any words
    if (_OPENS_WITH_PRONOUN.match(s.text) or _OUTCOME_OPENING.match(s.text) or s.text.startswith("The new ") or _names_again(s.text, before.terms)
            or _undertaking_opening(s.text) or _thing_named_before(s.text, before.terms)
            or not phrase_keys(_bare_measure_opening(s.text)).isdisjoint(before.terms)  # "shipments" after "exports"
            or _sizes_the_measure_before(store, s, before)
            or not phrase_keys(_share_of_the_measure(s.text)).isdisjoint(before.terms)
            or (_OWNED_SHARE_OPENING.match(s.text) and _SHARE_OF.search(before.text))
            or (_journey_opening(s.text) and _FROM_AND_TO.search(before.text))
            or (_SHARE_OF_ITS_COST.search(s.text) and not _COST_WORD.search(before.text))
            or _moves_back_to(s.text)
            or (body := _body_post(s.text)) and body in before.terms
            or _that_thing_before(s.text, before.terms)):
        return before.terms
    return None


# "Construction of that link is due to start in May": a deed on the thing the sentence before told.
_OF_THAT_THING = lazy_compile(r"[A-Z][a-z]+\s+(?:of|on|for)\s+(?:that|this|the\s+same)\s+([a-z]+)\b")


def _that_thing_before(text: str, before: frozenset[str]) -> bool:
    """ "... until a 19.5-km cross-border rail link is completed. Construction of that link is due
    to start in May": "that link" is the one the sentence before named, with all it told of it."""
    m = _OF_THAT_THING.match(text)
    return m is not None and not phrase_keys(m[1]).isdisjoint(before)


# '... The Kenya Transporters Association ... said on Tuesday .... "We are not against the railway,"
# said association chairman Samuel Langat': a post of a body named by its kind alone, in the
# sentence after one naming that body, is a post of it.
_BODY_POST = lazy_compile(r"\b(association|federation|union|chamber|council|committee|company|group|firm|bank|board)\s+"
                          r"(?:chairman|chairwoman|chair|president|chief executive|spokesman|spokeswoman|spokesperson|"
                          r"secretary[- ]general|director|head|treasurer)\s+[A-Z]")


def _body_post(text: str) -> str:
    """The kind of body whose post the sentence names by its kind alone ("association"), or ""."""
    if "chair" not in text and "president" not in text and "spokes" not in text and "secretary" not in text \
            and "director" not in text and "head " not in text and "chief" not in text and "treasurer" not in text:
        return ""
    m = _BODY_POST.search(text)
    return m[1] if m else ""


# "Ghana's output fell to about 530000 tonnes ... For 2024/25, the board forecasts a recovery to
# 650000 tonnes": a recovery or rebound to an amount, in the sentence after a level fell, is of
# that level's measure, which it does not name again.
_BACK_TO = lazy_compile(r"\b(?:a |an )?(?:recovery|rebound|return|bounce)\s+to\s+(?:about |around |some |roughly )?\d")


def _moves_back_to(text: str) -> bool:
    return ("recovery" in text or "rebound" in text or "return to" in text or "bounce" in text) and _BACK_TO.search(text) is not None


# "... shipped from Qinzhou port ... on a weekly cargo service to Muara port. The 2,100-km sea
# voyage takes about five days": a journey named by its kind alone, with "the", is the one the
# sentence before sent from one place to another, whose ends it does not name again.
_JOURNEY_WORDS = frozenset(w for w in SYNONYMS["journey"] if " " not in w)
_FROM_AND_TO = lazy_compile(r"\bfrom\b.*\bto\b")


def _journey_opening(text: str) -> bool:
    """Whether the sentence opens on "The" and a journey among its first three words after it
    ("The voyage", "The 2,100-km sea voyage")."""
    words = text.split(None, 4)
    return bool(words) and words[0] == "The" and any(w.lower().rstrip(",.") in _JOURNEY_WORDS for w in words[1:4])


# "Vietnam's share of China's fresh durian imports climbed to 48.6% ... Thailand's share slipped to
# 44.7%": a share owned by a name, of nothing, is a share of what the sentence before shared out.
# A share named by its owner: "Thailand's share", "Vietnam's market share".
OWNED_SHARE = r"(?P<owner>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s\s+(?:market\s+)?share"
_OWNED_SHARE_OPENING = lazy_compile(OWNED_SHARE + r"\s+(?!of\b)[a-z]+")
# "... opened a F$36 million cold storage terminal in March. About 60% of the cost was financed by a
# loan from the Export-Import Bank of China": a share of "the" or "its" cost, of nothing named, is
# a share of what the sentence before had built or bought.
_SHARE_OF_ITS_COST = lazy_compile(r"\d%\s+of\s+(?:the|its|their)\s+(?:\S+\s+){0,4}?cost\b(?!\s+of\b)")
# (not when the sentence before states the cost itself, "The line ... cost 750 billion forints":
# a question about the loan's size then reads the two as a whole and a share of it)
_COST_WORD = lazy_compile(r"\bcost(?:s|ing)?\b")
_SHARE_OF = lazy_compile(r"\bshare\s+of\b")


# "... signed an agreement to build a crushing plant in Heihe. The project will cost 1.8 billion
# yuan": an undertaking named by its kind alone is the one the sentence before set out.
_UNDERTAKINGS = frozenset("project venture scheme undertaking".split())


# "The new Berth 22, built by CRBC ... / The Export-Import Bank of China financed 85% of the project
# through a concessional loan": a paragraph naming the undertaking by its kind alone, anywhere in
# its first sentence, goes on about the one the paragraph before told of, under whatever name.
_BARE_UNDERTAKING = lazy_compile(r"(?:^The|\b(?:of|for|on|in|to|into|from)\s+the)\s+(?:project|venture|scheme)\b(?!['’])")


def _undertaking_told_before(store: Store, sid: int, s: SentenceRow) -> frozenset[str] | None:
    """The terms of the last sentence of the paragraph before, unless that paragraph names an
    undertaking itself (then it is the one meant, found by _THE_THING's own rule or not at all)."""
    before_all = [b for b in store.paragraph_sentences(s.article_id, s.paragraph - 1) if b.id < sid]
    if not before_all or any(phrase_keys("project").intersection(b.terms) for b in before_all):
        return None
    return before_all[-1].terms


# "Kakheti Marani ... shipped 112 containers, chief executive Nino Beridze said. / Beridze said the
# company planned to open a distribution office in Chengdu": a paragraph that opens on a speaker
# telling of "the company" by its kind alone speaks of the firm the paragraph before named with them.
_SPEAKER_ON_THE_FIRM = lazy_compile(r"^([A-Z][\w’'-]+)\s+(?:said|says|added|told\s+\w+)\s+(?:that\s+)?(?:the|its|his|her)\s+"
                                    r"(?:company|firm|group|business|exporter|producer|maker|lender|bank|carrier|miner)\b")


def _firm_told_with(store: Store, sid: int, s: SentenceRow, speaker: str) -> frozenset[str] | None:
    """The terms of the last sentence of the paragraph before, when it names the speaker."""
    before_all = [b for b in store.paragraph_sentences(s.article_id, s.paragraph - 1) if b.id < sid]
    if not before_all or re.search(rf"\b{re.escape(speaker)}\b", before_all[-1].text) is None:
        return None
    return before_all[-1].terms


# "... launched a direct weekly service from Manzanillo to Shanghai, ... on routes that transship
# through Long Beach. / The first vessel on the route, the Pacifico Aurora, carried 86 refrigerated
# containers": a subject held by a thing named by its kind alone belongs to the one told just before.
_HELD_BY_THE_THING = lazy_compile(r"^The (?:[a-z]+\s+){1,2}(?:on|of|along|for)\s+the\s+([a-z]+)\b(?!['’-])")


def _thing_told_last(store: Store, s: SentenceRow, thing: str) -> frozenset[str] | None:
    """The terms of the last sentence of the paragraph before, when it names the thing and the
    opening sentence names no place of its own (then the thing is that place's)."""
    before_all = store.paragraph_sentences(s.article_id, s.paragraph - 1)
    if not before_all or phrase_keys(thing).isdisjoint(before_all[-1].terms):
        return None
    entities = store.entities_by_id({m.entity_id for m in store.mentions_in([s.id])})
    if any(e.kind == "place" for e in entities.values()):
        return None
    return before_all[-1].terms


def _site_told_last(store: Store, sid: int, s: SentenceRow) -> frozenset[str] | None:
    """The terms of the last sentence of the paragraph before, when it names a place or body and
    the opening sentence names none of its own (else the site is that one's)."""
    before_all = [b for b in store.paragraph_sentences(s.article_id, s.paragraph - 1) if b.id < sid]
    if not before_all:
        return None
    if _names_a_site(store, s.id) or not _names_a_site(store, before_all[-1].id):
        return None
    return before_all[-1].terms


def _names_a_site(store: Store, sid: int) -> bool:
    """Whether the sentence mentions a place or body ("Nouadhibou" may be its port authority's)."""
    return any(e.kind in ("place", "org") for e in store.entities_by_id({m.entity_id for m in store.mentions_in([sid])}).values())


# A firm told by its kind alone: "The company", "The group".
_FIRM_WORDS = frozenset({"company", "firm", "group", "business", "exporter", "producer", "maker", "lender", "bank", "carrier", "miner"})


def _thing_named_before(text: str, before: frozenset[str]) -> bool:
    """ "... his firm had shipped 112 containers, said the chief of Ararat Brandy Company. The company
    plans to invest 4.5 billion drams in a bottling line": a sentence opening on "The" and a noun
    the sentence before it named goes on about that same thing, under its full name there."""
    # (a firm only: "The plant will process ..." after "... plant at Lami, which opens in 2026" adds
    # nothing the sentence before lacks and would outrank it; "The conference was attended by ..."
    # is about the gathering, not why its guests came)
    m = _THE_THING.match(text)
    return m is not None and m[1] in _FIRM_WORDS and not phrase_keys(m[1]).isdisjoint(before)


def _undertaking_opening(text: str) -> bool:
    m = _THE_THING.match(text)
    return m is not None and m[1] in _UNDERTAKINGS


# "China is now the second-largest buyer of Kazakh grain after Uzbekistan": a rank below the top
# and, after "after" or "behind", the name placed above it, past the kind it is told by ("after
# copper miner Zijin Mining").
_RANKED_AFTER = lazy_compile(r"\b(?i:(second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:largest|biggest|top|leading|highest|greatest|busiest))\b"
                             r"[^,;.]{0,80}?\b(?:after|behind)\s+(?:the\s+)?(?:(?:[a-z][\w'’-]*\s+){1,3}(?=[A-Z]))?([\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


# Every match holds one of the ordinals (folded) and, case as written, "after" or "behind": a
# sentence with neither is not searched (the folded alternation tried at every position cost
# some 70,000 instructions a sentence, asked of each figure question's candidates naming a key).
_RANKED_AFTER_GUARDED = Guarded(_RANKED_AFTER, ("second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th"), fold=True)


def ranked_above(text: str) -> list[tuple[int, str, bool]]:
    """The names a sentence ranks above another: where each starts, its words, and whether it is
    the top (only "second-largest ... after" says so; "third-largest after A and B" does not)."""
    if "after" not in text and "behind" not in text:
        return []
    return [(m.start(2), m.group(2), m.group(1).lower() in ("second", "2nd")) for m in _RANKED_AFTER_GUARDED.finditer(text)]


@lru_cache(maxsize=8192)
def _only_ranked_above(key: str, text: str) -> str:
    """The sentence's subject when the name `key` is in it only as the one ranked above it, after
    every figure ("X holds 3.5 billion tonnes, ... second-largest after Y"); else "". Kept by its
    strings (asked of each candidate naming a key, for every figure question on it), and the
    ranking read first: nearly no sentence ranks, and then the key's own pattern is never built."""
    ranked = [(at, name) for at, name, _ in ranked_above(text) if key in name.lower()]
    if not ranked:
        return ""
    lowered = text.lower()
    spots = [m.start() for m in re.finditer(r"\b" + re.escape(key) + r"\b", lowered)]
    if not spots or any(not any(at <= spot < at + len(name) for at, name in ranked) for spot in spots):
        return ""
    first = min(at for at, _ in ranked)
    if re.search(r"\d", text[first:]) or not re.search(r"\d", text[:first]):
        return ""
    subject = _LEADING_NAME.match(text)
    return subject[0] if subject else "another"


_LEADING_NAME = lazy_compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _renamed_across(s: SentenceRow, before: SentenceRow) -> frozenset[str] | None:
    """ "Kazakh and Chinese firms signed a deal on Monday to build a grain terminal at Khorgos. /
    The agreement ... is worth 96 billion tenge": a paragraph that opens on a thing the paragraph
    before told of, in any of its names, goes on about it as told there: the words of that telling,
    from the thing to the clause's end (not the whole sentence's: "..., the operator said")."""
    m = _THE_THING.match(s.text)
    if m is None or before.paragraph != s.paragraph - 1 or before.paragraph < 1:
        return None
    thing = phrase_keys(m[1])
    tokens = tokenize(before.text)
    at = next((i for i, keys in enumerate(token_keys(tokens)) if keys & thing), None)
    if at is None:
        return None
    end = _CLAUSE_END.search(before.text, tokens[at].end)
    # ("a bunkering terminal built by ... / The terminal has 14 storage tanks": the words that say
    # which thing it is, right before it, are of the telling too)
    first = at
    while first > 0 and at - first < 2 and tokens[first - 1].lower.isalpha() and tokens[first - 1].lower not in STOPWORDS \
            and tokens[first - 1].text.islower() and before.text[tokens[first - 1].end : tokens[first].start] == " ":
        first -= 1
    return phrase_keys(before.text[tokens[first].start : end.start() if end else len(before.text)])


_CLAUSE_END = lazy_compile(r"[,;:.!?]")


def _same_thing(text: str, before: str) -> bool:
    """Whether both sentences open on the same thing as their subject, in any of its names."""
    m, b = _THE_THING.match(text), _THE_NOUN.match(before)
    return m is not None and b is not None and not phrase_keys(m[1]).isdisjoint(phrase_keys(b[1]))


_THE_NOUN = lazy_compile(r"^The ([a-z]+)\b")


# The thing as the subject, its noun alone ("The agreement between ...", "The deal was signed"),
# not a modifier ("The food ministry") or an owner ("The bank's committee").
# "The deal covers power trading ... and sets a tariff": a verb of the present in -s after the noun
# makes it the subject too ("The steel business was": a noun ending in -ss, -us or -is is none).
# "(...to supply Haibin with 900,000 tonnes of barley a year.) Most of that grain will be loaded at
# Kwinana": a part of "that" thing opening a paragraph is a part of what the paragraph before
# ended on telling, in whatever word.
# ("Of that total, 1060 MW went to India": the parts of the amount just told)
_PART_OF_THAT = lazy_compile(r"(?:Most|Much|Some|All|Half|Part|Nearly all|Almost all|The bulk|The rest) of (?:that|those|this|these) [a-z]"
                             r"|Of (?:that|this|the) (?:total|amount|sum|figure),")
_THE_THING = lazy_compile(r"^The ([a-z]+)(?=,|\s+(?:between|with|of|for|by|was|were|is|are|will|would|could|has|had|also)\b"
                          r"|\s+[a-z]+[^su\Wi]s\s)")


def _speaker_before(store: Store, sid: int, s: SentenceRow) -> frozenset[str]:
    """ 'Minister Arvind Kulkarni said New Delhi wanted ... "The current imbalance is not
    sustainable, as ...," he said.': a quote told by "he" is the speaker's the sentence before
    named, and about what he was saying there, so "why does the trade minister say the imbalance
    can't go on?" is asked of it. (Only a reason is: a figure's sentence keeps its own words.)"""
    if s.index == 0 or _SAID_BY_PRONOUN.search(s.text) is None:
        return frozenset()
    before = store.sentences([sid - 1]).get(sid - 1)
    if before is None or before.article_id != s.article_id or before.paragraph != s.paragraph:
        return frozenset()
    return before.terms


# "... said Arben Kola, chief executive of Adriatic Chrome Resources. (new paragraph) Last month the
# company signed a supply deal ..., Kola told Reuters": a paragraph opening on "the company" (after
# a time at most) that its speaker tells is that speaker's firm, named with them just before.
_FIRM_OPENING = lazy_compile(r"^(?:(?i:last|this|earlier|in|on)\s+[\w ]{1,20}?,?\s+)?the\s+(?:company|firm)\s+[a-z]")
_TOLD_BY = lazy_compile(r",\s+([A-Z][\w’'-]+)\s+(?:said|says|added|told\s+\w+)\.?\s*$")


def _firm_of_teller(store: Store, sid: int, s: SentenceRow, speaker: str) -> frozenset[str] | None:
    """The terms of the last sentence of the paragraph before that names the speaker."""
    named = [b for b in store.paragraph_sentences(s.article_id, s.paragraph - 1)
             if b.id < sid and re.search(rf"\b{re.escape(speaker)}\b", b.text)]
    return named[-1].terms if named else None


_SAID_BY_PRONOUN = lazy_compile(r"[,.!?][\"”]\s+(?:he|she)\s+(?:said|says|added|told|noted|argued|warned|explained)\b")


def _share_told_before(store: Store, s: SentenceRow, measure: str) -> frozenset[str] | None:
    """ "Brazil's cotton exports jumped 38.5% ... (new paragraph) China remained the largest buyer,
    taking 41% of the shipments": a share of "the" measure opening a paragraph shares out the one
    the last sentence of the paragraph before told, when that sentence names the measure."""
    before = store.paragraph_sentences(s.article_id, s.paragraph - 1)
    if not before or phrase_keys(measure).isdisjoint(before[-1].terms):
        return None
    return before[-1].terms


def _total_told_before(store: Store, s: SentenceRow) -> frozenset[str] | None:
    """ "Kazakhstan's flour exports rose 18.4% ... to 1.62 million tonnes (new paragraph)
    Afghanistan remained the biggest buyer, taking 58% of the total": a share of "the total"
    opening a paragraph shares out the measure the last sentence of the paragraph before told."""
    before = store.paragraph_sentences(s.article_id, s.paragraph - 1)
    if not before or before[-1].terms.isdisjoint(MEASURES):
        return None
    return before[-1].terms


# "China was the largest supplier, shipping 820,000 tonnes, followed by Vietnam ...": a paragraph
# opening on the top partner of a trade ranks the partners of the flow the paragraph before told,
# naming neither its goods nor its direction again.
_TOP_PARTNER_OPENING = lazy_compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:was|were|is|are|remained|remains|became|stayed)\s+(?:the\s+|its\s+)?"
                                    r"(?:single\s+)?(?:largest|biggest|top|main|leading|biggest single|largest single)\s+"
                                    r"(?:supplier|source|seller|exporter|buyer|customer|market|destination|importer|origin)\b")


def _flow_told_before(store: Store, s: SentenceRow) -> frozenset[str] | None:
    """The terms of the sentences of the paragraph before that tell a measure (the flow ranked)."""
    told = [b.terms for b in store.paragraph_sentences(s.article_id, s.paragraph - 1) if not b.terms.isdisjoint(MEASURES)]
    return frozenset().union(*told) if told else None


def _measure_told_before(store: Store, s: SentenceRow, measure: str) -> frozenset[str] | None:
    """ "South African wine exports to China rose 38.4% in the first nine months ... (new
    paragraph) Shipments by volume climbed 27% to 14.2 million litres over the same period": a
    bare measure opening a paragraph "over the same period" goes on about the sentence of the
    paragraph before that told the measure, whose period it points back to."""
    keys = phrase_keys(measure)
    before = [b for b in store.paragraph_sentences(s.article_id, s.paragraph - 1) if not keys.isdisjoint(b.terms)]
    return before[-1].terms if before else None


# "Moldova's wine exports to China rose 27.6% ... (new paragraph) Shipments by volume climbed to
# 8,450 tonnes": a bare measure "by volume" (or "by value") restates the one just told in another
# unit, so it is that measure, of the goods and parties the paragraph before named.
_RESTATED_BY_SIZE = lazy_compile(r"[A-Z][a-z]+\s+(?:by|in)\s+(?:volume|value)\b")
# "Bolivia's Brazil-nut exports fell 31% ... (new paragraph) The value of the shipments fell less
# sharply": the value or volume of "the" bare measure is of the one the paragraph before told.
_SIZE_OF_THE = lazy_compile(r"The (?:value|volume|worth|size) of (?:the|those|these|such) ([a-z]+)\b")


def _size_of_the_measure(text: str) -> str:
    m = _SIZE_OF_THE.match(text)
    return m[1] if m and lemma(m[1]) in MEASURES else ""


# "over the same period", "in the same period": a period only the text before it names.
_SAME_PERIOD_BACK = lazy_compile(r"\b(?:over|in|during|for) the same (?:period|months?|quarter|half)\b")


def _share_of_the_measure(text: str) -> str:
    """ "Uzbekistan's copper exports jumped 18.6% ... China took 38% of the shipments": a share of
    "the" measure, bare, is a share of the one the sentence before qualified."""
    m = _SHARE_OF_THE.search(text)
    return m[1] if m and lemma(m[1]) in MEASURES else ""


# (the measure ends its phrase: "of the shipments, up from 29%", not "of the shipments market")
# ("61% of those shipments" points back the harder)
# "or 32% of the total", "26.5% of total shipments": a share of a whole the sentence leaves unnamed.
_SHARE_OF_TOTAL = lazy_compile(r"\d%\s+of\s+(?:the\s+)?total\b")
# ... as the first figure its sentence states: "Foreigners bought 138 new homes, or 3.3% of the
# total" shares out its own 138 homes, not what the sentence before told.
# ("Brandy accounted for $34.2 million, or about 71% of the total": the sum of money before its
# share; not "taking 61,000 tonnes, or 29.4% of total shipments", a share of the story's measure)
_FIRST_SHARE_OF_TOTAL = lazy_compile(r"[^\d]*(?:(?<=[$€£¥])\d[\d.,]*[^\d%,;]{0,20},\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?)?"
                                     r"\d+(?:\.\d+)?%\s+of\s+(?:the\s+)?total\b")
# "Oil products made up 41% of that volume": "that" points back as "those" does.
_SHARE_OF_THE = lazy_compile(r"\d%\s+of\s+(?:the|those|these|that)\s+([a-z]+)\b(?=\s*[,.;]|\s+(?:in|to|from|by|up|down|this|last|over|during|and)\b)")


def _sizes_the_measure_before(store: Store, s: SentenceRow, before: SentenceRow) -> bool:
    """ "Sales of shelled groundnuts to China rose 37.6% ... Volumes reached 142,500 tonnes in the
    first nine months": a bare size word ("volumes", "value") opening a sentence sizes the measure
    the sentence before told, which names its goods and parties. Not when the sentence names a
    party of its own ("Volumes to India fell") or a flow the one before does not ("Volumes
    imported"): that size is another's."""
    bare = _bare_measure_opening(s.text)
    return (bool(bare) and lemma(bare) in VALUE_WORDS and not before.terms.isdisjoint(MEASURES)
            and s.terms & GOODS_FLOWS <= before.terms and not store.mentions_in([s.id]))


def _bare_measure_opening(text: str) -> str:
    """ "New home prices in 70 cities fell 0.4%. Prices dropped 5.7% in Guangzhou": the second
    sentence's bare measure is the first one's, qualified there."""
    m = _FIRST_WORD.match(text)
    return m[1] if m and lemma(m[1]) in MEASURES else ""


# "combined", "in total": a question about a sum (of a list's figures, or one stated as such).
ASKS_TOTAL = lazy_compile(r"\b(?:combined|together|in total|altogether|in all|total|overall)\b", re.IGNORECASE)
# Every branch holds one of these ("in total" holds "total", "altogether" "together"): a question
# with none is not searched (Guarded, knowledge.lazy_re); _Asked.of asks it of every gather.
ASKS_TOTAL_GUARDED = Guarded(ASKS_TOTAL, ("combined", "together", "total", "in all", "overall"), fold=True)
_JOINED = lazy_compile(r"\b(?:and|or)\b|&")
_LIST_GAP = lazy_compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")


_PAIR_WORDS = lazy_compile(r"\b(?:bilateral|two-way|two way)\b", re.IGNORECASE)
_BETWEEN_BEFORE = lazy_compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def pair_between(question: str, text: str, start: int) -> bool:
    """ "bilateral trade with Russia" against "bilateral trade between Russia and China": trade
    of two is asked with one of them named, the other being the one it is traded with, so the
    pair after "between" (starting at `start`) is no list the one named shares a figure with."""
    return bool(_PAIR_WORDS.search(question)) and bool(_BETWEEN_BEFORE.search(text, max(0, start - 20), start))


def _only_in_a_list(keys: frozenset[str], lists: tuple[_PlaceList, ...],
                    mentions: list[tuple[MentionRow, EntityRow]], named: dict[int, bool],
                    question: str = "", text: str = "") -> list[str]:
    """ "cut about 2,400 jobs, mainly in Germany, France and Switzerland" asked about Germany's
    cuts: the figure is the whole list's, and the article does not say Germany's share. A list
    with each place's own figure ("Michoacan with $1.62 billion, Guanajuato with ...") is fine.
    `lists`: the sentence's lists of places (_place_lists), read once per sentence. `named`: the
    gather's named_by of each entity by id (_Asked.named), filled here: the same places recur in
    sentence after sentence of one gather, and the keys asked are the same for all of them."""
    def is_named(e: EntityRow) -> bool:
        said = named.get(e.id)
        if said is None:
            said = named[e.id] = named_by(e, keys)
        return said

    out: list[str] = []
    for start, end, entities in lists:
        listed = [e for e in entities if is_named(e)]
        if len(listed) != 1:
            continue  # the question names several of it (their sum or their shares), or none
        if any(is_named(e) and not start <= m.start < end for m, e in mentions):
            continue  # named on its own elsewhere in the sentence too
        if len(entities) == 2 and pair_between(question, text, start):
            continue  # "bilateral trade between Russia and China" asked as "bilateral trade with Russia"
        out.append(f"names {listed[0].name} only in a list with others")
    return out


# "Farmgate prices in Jigawa and Nasarawa states climbed to 1.9 million naira a tonne": a price
# per thing holds in each place listed, where an amount ("cut 2,400 jobs in Germany and France")
# or a flow per span ("5 million tonnes a year") is their sum.
PRICE_PER_UNIT = lazy_compile(r"(?:a|an|per)\s+(?!(?:day|week|month|quarter|year|annum)\b)[a-z]")


class _PlaceList(NamedTuple):
    """Places written as one list in a sentence ("Germany, France and Switzerland")."""

    start: int  # where its first place starts
    end: int  # where its last place ends
    entities: tuple[EntityRow, ...]  # its places, in text order


def _place_lists(text: str, mentions: list[tuple[MentionRow, EntityRow]], figures: list[FigureRow]) -> tuple[_PlaceList, ...]:
    """The lists of places _only_in_a_list asks about: two places or more, the last two joined by
    "and", "or" or "&", with no figure of their own among them. All of it is the sentence's alone,
    so it is read once per sentence (in _SentenceFacts), not for each question that meets it; the
    question's part (which places it names) is left to _only_in_a_list."""
    places = sorted(((m.start, m.end, e) for m, e in mentions if e.kind == "place"), key=lambda p: p[0])
    groups: list[list[tuple[int, int, EntityRow]]] = []
    for place in places:
        if groups and _LIST_GAP.fullmatch(text, groups[-1][-1][1], place[0]):
            groups[-1].append(place)
        else:
            groups.append([place])
    out: list[_PlaceList] = []
    for group in groups:
        if len(group) < 2:
            continue  # no list
        start, end = group[0][0], group[-1][1]
        if not _JOINED.search(text, group[-2][1], group[-1][0]):
            continue  # "Shipments to China, Japan's biggest trading partner": an aside, no list
        if any(start <= f.start <= end for f in figures):
            continue  # each place with a figure of its own
        if "respectively" in text and all(any(e.id == p.id for es in respective_figures(text, mentions, figures).values() for p in es)
                                          for _, _, e in group):
            continue  # "Spain and China led purchases with 1.6 and 1.3 million tonnes respectively": each its own
        out.append(_PlaceList(start, end, tuple(e for _, _, e in group)))
    return tuple(out)


# "KfW and JICA will provide $96 million and $60 million respectively": the figures pair with the
# names of the list before them, in order.
_RESPECTIVELY = lazy_compile(r"\brespectively\b")
# between the last figure and "respectively": its unit or what it is of, no other figure ("60% and
# 40% of the company respectively")
_UP_TO_RESPECTIVELY = lazy_compile(r"[^\d;]{0,60}")
_FIGURE_RUN_GAP = lazy_compile(r"[^\d,;]{0,25}?(?:,\s*(?:and\s+)?|\s+and\s+)")
# "Germany's KfW", "the Japan International Cooperation Agency (JICA)": one item of the list
_ONE_ITEM_GAP = lazy_compile(r"['’]s\s+|\s*\(")


def respective_figures(text: str, mentions: list[tuple[MentionRow, EntityRow]],
                       figures: list[FigureRow]) -> dict[int, tuple[EntityRow, ...]]:
    """Figure id -> the names "respectively" pairs it with: "Spain and China led purchases of corn
    with 1.6 million tonnes and 1.3 million tonnes respectively" gives China the 1.3 million
    tonnes, not Spain's. Empty unless the list of names and the run of figures are as long."""
    said = _RESPECTIVELY.search(text)
    if said is None:
        return {}
    ordered = sorted((f for f in figures if f.end <= said.start()), key=lambda f: f.start)
    last = next((i for i in range(len(ordered) - 1, -1, -1)
                 if _UP_TO_RESPECTIVELY.fullmatch(text, ordered[i].end, said.start())), None)
    if last is None:
        return {}
    run = [ordered[last]]
    for f in reversed(ordered[:last]):
        if f.end > run[0].start or not _FIGURE_RUN_GAP.fullmatch(text, f.end, run[0].start):
            break
        run.insert(0, f)
    if len(run) < 2:
        return {}
    # The names before the run, a name inside a longer one dropped ("Africa" of "African Development Bank").
    spans = sorted(((m.start, m.end, e) for m, e in mentions if m.end <= run[0].start), key=lambda x: (x[0], -x[1]))
    names: list[tuple[int, int, EntityRow]] = []
    for start, end, e in spans:
        if names and start < names[-1][1]:
            continue
        names.append((start, end, e))
    items: list[tuple[int, int, list[EntityRow]]] = []
    for start, end, e in names:
        if items and _ONE_ITEM_GAP.fullmatch(text, items[-1][1], start):
            items[-1] = (items[-1][0], end, [*items[-1][2], e])
        else:
            items.append((start, end, [e]))
    # The list: the last run of items joined by ", " or "and", with no figure between it and the run.
    listed = [items[-1]] if items and not any(items[-1][1] <= f.start < run[0].start for f in ordered) else []
    for item in reversed(items[:-1]):
        if not listed or not _LIST_LINK.fullmatch(text, item[1], listed[0][0]):
            break
        listed.insert(0, item)
    if len(listed) != len(run):
        return {}
    return {f.id: tuple(item[2]) for f, item in zip(run, listed)}


def _subject_before(store: Store, sid: int, s: SentenceRow) -> frozenset[str]:
    """ "Narek Sargsyan, chief executive of Ararat Valley Brandy Company, said ... The company plans
    a new bottling line in Ashtarak": a sentence whose subject is "the" and a noun alone, the noun
    the head of a name the sentence before in its paragraph gave ("... Brandy Company"), carries on
    about that same body, so where "Ararat Valley" puts the line is asked of it. (Only a place is:
    other answers keep their own sentence's words. And only a name's head: "The summit in Shenyang
    ... The conference was attended by ..." tells of the summit, not where it was.)"""
    m = _THE_THING.match(s.text) if s.index > 0 else None
    if m is None:
        return frozenset()
    before = store.sentences([sid - 1]).get(sid - 1)
    if before is None or before.article_id != s.article_id or before.paragraph != s.paragraph \
            or m[1].capitalize() not in before.text or not re.search(rf"\b[A-Z][\w-]*\s+{m[1].capitalize()}\b", before.text):
        return frozenset()
    return before.terms


def _names_again(text: str, before: frozenset[str]) -> bool:
    """ "... cut the tax to 18%. Buyers held off until the new rates took effect": the new thing
    is the one the sentence before just made."""
    return any(keys & before for m in _THE_NEW.finditer(text) for keys in [phrase_keys(m[1])])


def _candidates(query: Query, store: Store, boost_sentences: set[int] | None) -> dict[int, SentenceRow]:
    ids = _candidate_ids(query, store) | (boost_sentences or set())
    sentences = store.sentences(ids)
    _resolve_entities(query, store, {s.article_id for s in sentences.values()})
    if len(sentences) < FEW_CANDIDATES and query.entities:
        # Few word matches ("Vladivostok?"): the sentences naming the entities are candidates too.
        # (read again only when some are new: adding ids the set holds leaves it, and so the
        # sentences read in its order, as they were; most such sentences matched a word already)
        known = len(ids)
        ids.update(store.sentences_mentioning([e.id for e in query.entities], ENTITY_LIMIT))
        if len(ids) != known:
            sentences = store.sentences(ids)
    if query.intent in ("figure", "derived") and (ranked := _ranking_partners_after(store, sentences)):
        ids.update(ranked)
        sentences = store.sentences(ids)
    called = _called_by_role(query, store, {s.article_id for s in sentences.values()})
    if called:
        # "how big was q3 volume at the port?": "Jebel Ali handled 3.9 million TEUs", the story's
        # one port by its name alone.
        known = len(ids)
        ids.update(store.sentences_mentioning(called, ENTITY_LIMIT))
        if len(ids) != known:
            sentences = store.sentences(ids)
    return sentences


def _ranking_partners_after(store: Store, sentences: dict[int, SentenceRow]) -> set[int]:
    """ "Steel imports ... jumped 38% to 1.9 million tonnes. (new paragraph) China was the largest
    supplier, shipping 820,000 tonnes, followed by Vietnam ...": the opening that ranks the partners
    of a flow a candidate paragraph told is a candidate too, though it names none of the words asked
    (it carries them on, _TOP_PARTNER_OPENING)."""
    # Which paragraph opens on a ranking depends on the story alone: kept per store handle and
    # paragraph (a write clears it), not read and matched again in every figure question.
    openings = store.memo_each("partners_opening", {(s.article_id, s.paragraph) for s in sentences.values()
                                                    if not s.terms.isdisjoint(MEASURES)}, lambda where: _partners_opening(store, where))
    return {sid for sid in openings.values() if sid is not None and sid not in sentences}


def _partners_opening(store: Store, where: tuple[str, int]) -> int | None:
    """The id of the sentence opening the paragraph after `where`, if it ranks partners
    (_TOP_PARTNER_OPENING); else None."""
    after = store.paragraph_sentences(where[0], where[1] + 1)
    return after[0].id if after and _TOP_PARTNER_OPENING.match(after[0].text) else None


def _called_by_role(query: Query, store: Store, article_ids: set[str]) -> list[int]:
    """The places the question calls by what the story says they are ("the port": "Dubai's Jebel
    Ali port"), where an article has only one of that kind."""
    asked = _kinds_called(query)
    if not asked:
        return []
    found: list[int] = []
    for article in sorted(article_ids):
        places = _roled_places(store, article)
        for t in asked:
            fit = [i for i, keys in places if not keys.isdisjoint(t.keys)]
            if len(fit) == 1:
                found.append(fit[0])
    return found


def _roled_places(store: Store, article_id: str) -> list[tuple[int, frozenset[str]]]:
    """The article's places the story gives a role ("Dubai's Jebel Ali port"), with the role's
    keys: kept per store handle and article (handlers.prepare makes it at start-up)."""
    return store.memo("roled_places", article_id, lambda: [  # type: ignore[no-any-return]
        (e.id, _role_keys(e)) for e in store.article_entities(article_id) if e.kind == "place" and e.roles])


def _kinds_called(query: Query) -> tuple[Term, ...]:
    """ "how big was q3 volume at the port?": the required words a figure question puts after
    "the", which may stand for the one place of that kind the story names."""
    if query.intent not in ("figure", "derived"):
        return ()
    lower = query.text.lower()
    # (the word as written must be in the text: most are not after "the", few are anywhere else,
    # and testing that first saves compiling a pattern per word; where each "the " ends is found
    # once for all the words, not once per word)
    ends: list[int] | None = None
    called: list[Term] = []
    for t in query.required:
        if (word := t.word.lower()) in lower:
            if ends is None:
                ends = [m.end() for m in _THE_BEFORE.finditer(lower)]
            if _after_the(lower, word, ends):
                called.append(t)
    return tuple(called)


_THE_BEFORE = lazy_compile(r"\bthe\s+")


def _after_the(lower: str, word: str, ends: list[int] | None = None) -> bool:
    """re.search(rf"\\bthe\\s+{re.escape(word)}\\b", lower), without compiling a pattern per word (a
    new one for most first-time questions): a word of word characters cannot start with a space,
    so the match's spaces are all those after "the", and the word starts where they end.
    `ends`: where each match of _THE_BEFORE in `lower` ends, if found already."""
    if not word.isalnum():
        return re.search(rf"\bthe\s+{re.escape(word)}\b", lower) is not None
    if ends is None:
        ends = [m.end() for m in _THE_BEFORE.finditer(lower)]
    return any(lower.startswith(word, at) and ((end := at + len(word)) == len(lower) or not is_word_char(lower[end]))
               for at in ends)


@lru_cache(maxsize=4096)
def _role_keys(e: EntityRow) -> frozenset[str]:
    return frozenset().union(*(phrase_keys(r) for r in e.roles)) if e.roles else frozenset()


@dataclass(slots=True)
class _SentenceRows:
    """The mentions, figures and times of the candidate sentences, by sentence id."""

    mentions: dict[int, list[tuple[MentionRow, EntityRow]]]
    figures: dict[int, list[FigureRow]]
    times: dict[int, list[TimeRow]]
    entities: dict[int, EntityRow]

    @classmethod
    def load(cls, store: Store, query: Query, sentences: dict[int, SentenceRow]) -> _SentenceRows:
        # Each sentence's rows are grouped once per store handle (_OwnRows), not regrouped from
        # the store's row caches for every question whose candidates include it.
        own: dict[int, _OwnRows] = store.memo_many("sentence_rows", sentences, lambda ids: _OwnRows.read(store, ids))
        # The entity ids in the order the mentions of all candidates come (as one read of them
        # would give), then the question's: the same set, built the same way, as ever.
        entities = store.entities_by_id({i for sid in sentences for i in own[sid].entity_ids} | {e.id for e in query.entities})
        return cls({sid: list(own[sid].mentions) for sid in sentences}, {sid: list(own[sid].figures) for sid in sentences},
                   {sid: list(own[sid].times) for sid in sentences}, entities)


class _OwnRows(NamedTuple):
    """One sentence's rows, as _SentenceRows hands them out (each gather gets lists of its own)."""

    mentions: tuple[tuple[MentionRow, EntityRow], ...]  # those whose entity is stored, in order
    entity_ids: tuple[int, ...]  # of every mention, in order
    figures: tuple[FigureRow, ...]
    times: tuple[TimeRow, ...]

    @staticmethod
    def read(store: Store, ids: list[int]) -> dict[int, _OwnRows]:
        """The rows of these sentences, read from the store at once and grouped by sentence."""
        mentions = store.mentions_in(ids)
        entities = store.entities_by_id({m.entity_id for m in mentions})
        pairs: dict[int, list[tuple[MentionRow, EntityRow]]] = defaultdict(list)
        entity_ids: dict[int, list[int]] = defaultdict(list)
        figures: dict[int, list[FigureRow]] = defaultdict(list)
        times: dict[int, list[TimeRow]] = defaultdict(list)
        for m in mentions:
            entity_ids[m.sentence_id].append(m.entity_id)
            if m.entity_id in entities:
                pairs[m.sentence_id].append((m, entities[m.entity_id]))
        for f in store.figures_in(ids):
            figures[f.sentence_id].append(f)
        for t in store.times_in(ids):
            times[t.sentence_id].append(t)
        return {sid: _OwnRows(tuple(pairs[sid]), tuple(entity_ids[sid]), tuple(figures[sid]), tuple(times[sid])) for sid in ids}


# Words that qualify rather than name a thing: their absence says little about the subject.
# ("a regular LNG carrier" is the article's "standard" one, no kind it never names; not "typical",
# which asks the typical household's bill of a story giving its usage too)
_MODIFIERS = frozenset(
    """first second third fourth last final next new old main big biggest large largest small total overall
    annual yearly monthly quarterly weekly daily current initial early late high low top full latest recent
    regular""".split()
)


# "between the two countries", "both nations": the pair of places the story has just named;
# "the two companies", "both firms": the pair of bodies.
_BOTH_SIDES = lazy_compile(r"\b(?:the two|both)\s+(?:countries|nations|economies|neighbours|neighbors)\b", re.IGNORECASE)
_BOTH_BODIES = lazy_compile(r"\b(?:the two|both)\s+(?:companies|firms|groups|partners|carriers|lenders|banks|miners|operators|sides)\b",
                            re.IGNORECASE)
# Searched in every conflicting candidate of nearly every question (15,000 searches over the seed
# sets): a sentence without "the two" or "both" cannot match, so a substring test stands for it.
_BOTH_SIDES_GUARDED = Guarded(_BOTH_SIDES, ("the two", "both"), fold=True)
_BOTH_BODIES_GUARDED = Guarded(_BOTH_BODIES, ("the two", "both"), fold=True)


def _pair_named_before(query: Query, evidence: list[Evidence], store: Store, pair: Guarded, kinds: tuple[str, ...]) -> None:
    """ "how much non-oil trade did the UAE and Kenya do?" over "Non-oil trade between the two
    countries reached $3.4 billion", after a paragraph naming the UAE and Kenya; "how many
    container transits do Rosatom and COSCO plan?" over "the two companies plan 20 container
    transits", the paragraph after naming both: the sentence is about what was asked, whatever it
    names in passing, when the names asked (of these kinds) stand in it or the paragraph before."""
    keys = set(query.entity_keys)
    for e in evidence:
        if not e.conflicts or not pair.search(e.sentence.text):
            continue
        if not all(any(c.endswith(f"not {k}") or c == f"does not name {k}" for k in keys) for c in e.conflicts):
            continue
        named = [x for x in query.entities if x.kind in kinds and x.article_id == e.sentence.article_id]
        where = store.entity_paragraphs([x.id for x in named])
        near = {e.sentence.paragraph - 1, e.sentence.paragraph}
        if all(any(near & where.get(x.id, set()) for x in named if k in _entity_keys(x)) for k in keys):
            e.conflicts.clear()
            e.entity_hits += len(keys)
            e.score += 0.5 * len(keys)


# Kinds of thing a story names once and then calls by the kind: "Brazil's centre-south ... the region";
# so too a way the story is about: "The railway across the Padma Bridge ... the line's revenue".
_WAY_NOUNS = frozenset("line railway route pipeline corridor link road highway".split())
_KIND_NOUNS = gz.PLACE_NOUNS | gz.ORG_NOUNS | _WAY_NOUNS


def _kind_only_referred_back(query: Query, t: Term, text: str) -> bool:
    """ "how much cane did the region crush": a sentence that says only "the region" refers back to
    the one the story named ("Brazil's centre-south"), so it is about no other region than a
    sentence naming that one."""
    if t.lemma not in _KIND_NOUNS or not re.search(rf"\bthe\s+{re.escape(t.word)}\b", query.text, re.IGNORECASE):
        return False
    # "the 169-km line" is as definite as "the line": a measured length still refers back.
    uses = list(re.finditer(rf"\b(the\s+(?:[\d.,]+-[a-z]+\s+)?)?{re.escape(t.lemma)}s?\b", text, re.IGNORECASE))
    return bool(uses) and all(m.group(1) for m in uses)


def _found_only_in_names(query: Query, found: list[Term], org_names: tuple[str, frozenset[str], frozenset[str]] | None,
                         topic_terms: frozenset[str]) -> list[Term]:
    """The required measures found whose words the sentence has only inside its bodies' names
    (`org_names`: the sentence's _org_name_words, kept in its facts)."""
    if org_names is None:
        return []
    measures = [t for t in found if t.required and t.keys & MEASURES and t.keys.isdisjoint(topic_terms)]
    if not measures:
        return []
    names, named, outside = org_names
    return [t for t in measures if not t.keys.isdisjoint(named) and t.keys.isdisjoint(outside)
            and not _names_the_body(query.text, t.word, names)]


def _org_name_words(text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The sentence's bodies' names joined by spaces, the keys of their words and the keys of the
    words outside them; None when it names no body. A function of the sentence alone."""
    spans = sorted((m.start, m.end) for m, e in mentions if e.kind == "org")
    if not spans:
        return None
    names = " ".join(text[a:b] for a, b in spans)
    # (an agent noun in a name says the body does it: "the Hazelnut Exporters' Association"
    # quotes export prices)
    named = phrase_keys(_AGENT_NOUN.sub(" ", names))
    outside = phrase_keys(" ".join(text[b:a] for (_, b), (a, _) in zip([(0, 0), *spans], [*spans, (len(text), 0)])))
    return names, named, outside


def _names_the_body(question: str, word: str, names: str) -> bool:
    """ "how much did the revenue authority bring in" names the Ghana Revenue Authority: the asked
    word and the one after it stand together in a name, so the word is the body's, not a measure."""
    after = re.search(rf"\b{re.escape(word.lower())}\s+([a-z]+)", question.lower())
    return bool(after) and re.search(rf"\b{re.escape(word.lower())}\s+{after.group(1)}\b", names.lower()) is not None


_AGENT_NOUN = lazy_compile(r"\b[A-Za-z]+ers?\b['’]?")


def _only_in_a_name(t: Term, text: str) -> bool:
    """ "pharma exports" over "the Tashkent Pharma Park": a word typed in lower case that another
    sentence says only inside a capitalised name names that place or body, not the thing asked."""
    # A name-like word asked ("nz", "dongxing" read as "donging") may be that very name.
    if not t.word[:1].islower() or not is_known_word(t.word.lower()):
        return False
    form = t.lemma if t.word.lower() in (t.lemma + "s", t.lemma + "es") else t.word
    # the starts of re.finditer(rf"\b(?:{re.escape(form)})(?:s|es)?\b", text, re.IGNORECASE): none compiled per word
    uses = [m.start() - len(form) for m in finditer_after(text, ((form, True, _PLURAL_END),))]
    return bool(uses) and all(text[i].isupper() and not _opens_sentence(text, i) for i in uses)


_PLURAL_END = lazy_compile(r"(?:s|es)?\b", re.IGNORECASE)


# Kinds of body named by the work they do for hire, beyond gz.ORG_NOUNS: "the contractor" of a
# story is the company it named doing the work ("A Chinese contractor opened ..." / "Sichuan
# Tengda ... had shipped 1,240 containers"). Kept here: extraction's own list is left as it is.
_HIRED_BODIES: frozenset[str] = frozenset({"contractor", "subcontractor", "builder", "shipbuilder", "automaker", "refiner", "shipper"})


def _org_referred_back(query: Query, t: Term, e: Evidence) -> bool:
    """ "what stake does the chinese firm get" over "Huaxiang will hold a 49% stake": a kind of
    body asked with "the" ("the firm", "the Chinese firm") refers back to one the story named, so a
    sentence naming a body by its name is about it, though other sentences say "companies"."""
    if (t.lemma not in gz.ORG_NOUNS and t.lemma not in _HIRED_BODIES) or not any(en.kind == "org" for _, en in e.mentions):
        return False
    return bool(re.search(rf"\bthe\s+(?:[a-z]+\s+){{0,2}}{re.escape(t.word)}\b", query.text, re.IGNORECASE))


def _opens_sentence(text: str, at: int) -> bool:
    return not text[:at].strip(" \"'\u201c\u2018(") or text[:at].rstrip().endswith((".", ":", "?", "!"))


def _elsewhere(query: Query, evidence: list[Evidence], store: Store) -> None:
    """A figure question's word that this sentence lacks but another sentence of the same article
    has ("corn" in "the corn crop estimate") means this sentence is about something else; a word
    no sentence has is only a paraphrase gap, and a word the whole story is about ("oil" in an
    OPEC story) need not be repeated."""
    by_article: dict[str, list[Evidence]] = defaultdict(list)
    for e in evidence:
        by_article[e.sentence.article_id].append(e)
    for article_id, group in by_article.items():
        lead = store.lead_terms(article_id)
        for e in group:
            if e.conflicts or not e.missing:
                continue
            # "onshore wind" asked of a story that keeps saying "offshore": about the other one.
            contrary = [t.word for t in e.missing if says_opposite(t, lead)]
            if contrary:
                e.conflicts.append("the story is about the opposite of " + ", ".join(contrary))
                continue
            others = [o for o in group if o is not e]
            # "wool" asked of "the average price of Lesotho mohair", in a story of "mohair and
            # wool": a story about both still tells each apart, so the sibling is another thing.
            paired = [t.word for t in e.missing if t.lemma in lead and _sibling_said(t, e, group)]
            if paired:
                e.conflicts.append("about another of a pair than " + ", ".join(paired))
                continue
            # The word itself, not its synonym class: "inaugural" is "first", which is everywhere.
            # A word of an earlier sentence of the paragraph is context ("Bac Ninh licensed a plant by
            # Sunwave ... The factory will employ 6,500 workers").
            before = [o for o in others if o.sentence.paragraph == e.sentence.paragraph and o.sentence.index < e.sentence.index]
            # "PGMs slumped 9.8%" names no measure: the one asked ("output") is implied, not elsewhere.
            implied = set() if e.sentence.terms & MEASURES else MEASURES
            # A rival must be able to give the figure: "overseas earnings" in a quote with no number
            # is no other subject; nor is a sentence as close to the question that lacks the unit asked
            # this one states: "order intake fell 23%" names the "Orders totalled 2,870 megawatts".
            units = {w for f in e.figures for w in f.unit.lower().split()}
            # The headline sums the story up: its "lifts payouts to growers" is what the body's
            # "growers will receive NZ$16.52 per tray" tells, not another subject.
            rivals = [o for o in others if (o.figures or o.coverage >= e.coverage) and o.sentence.paragraph != 0
                      and not (o.coverage >= e.coverage and any(t.lemma in units or t.word.lower() in units for t in o.missing))
                      and not _cannot_give_figure(query, o)]
            found = [u for u in e.matched if u.required]
            named = [t.word for t in e.missing if t.lemma not in _MODIFIERS and t.lemma not in lead and t.lemma not in implied
                     and not _verb_of_a_named_measure(query, t, found) and not _org_referred_back(query, t, e)
                     and not any({t.lemma, stem(t.lemma)} & o.sentence.terms for o in before)
                     and any({t.lemma, stem(t.lemma)} & o.sentence.terms and not _kind_only_referred_back(query, t, o.sentence.text)
                             and not _only_in_a_name(t, o.sentence.text) and not _said_apart_from_its_figures(query, t, o, e)
                             for o in rivals)]
            if named:
                e.conflicts.append("about " + ", ".join(named) + " only elsewhere")


# "how far is the plant from the port?", "how far can a bus go on one charge?": a distance asked,
# not how far apart two figures are, how far off a forecast was or how far back a record reaches.
# "how far off the coast is the rig", "how far out from shore": off or out before a place is a
# distance too; "how far off the forecast" or "how far off was it" is a miss, as above.
HOW_FAR = lazy_compile(r"\bhow\s+far\b(?!\s+(?:apart|above|below|over|under|short|ahead|behind|back|along|into|down|up|beyond)\b)"
                       r"(?!\s+(?:off|out)\b(?!\s+(?:the|from)\s+(?!(?:mark|target|forecast|consensus|estimate|expectation|guidance|goal|poll|plan)s?\b)[a-z]))",
                       re.IGNORECASE)
LENGTH_UNIT = lazy_compile(r"(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?|feet|ft|nautical\s+miles?)\b", re.IGNORECASE)


def asks_length(query: Query) -> bool:
    """ "how far do the trucks haul the cardamom", "how long is the rail route in km": a distance
    or length is asked, which only a figure in a unit of length answers."""
    return query.wants == "level" and (bool(HOW_FAR.search(query.text)) or query.wh == "how long")


DURATION_UNIT = re.compile(r"^(?:second|minute|hour|day|week|month|year|decade)s?$", re.IGNORECASE)


def _a_span(f: FigureRow) -> bool:
    """ "the 135-kilometre expressway", "from five hours": a length or a time, never a count of goods."""
    unit = f.unit.strip()
    return f.kind == "quantity" and bool(LENGTH_UNIT.match(unit) or DURATION_UNIT.match(unit))


def _cannot_give_figure(query: Query, o: Evidence) -> bool:
    """ "launched a direct service ... to Shanghai's Yangshan port, cutting transit times to 34 days":
    a sentence whose figures are none of them lengths cannot tell the distance asked, so the asked
    word it uses ("port") does not make the sentence that states the kilometres about another thing;
    nor do "the 135-kilometre expressway has cut trucking time ... from five hours" count the boxes
    "trucked" that another sentence counts, unless the question asks in that unit."""
    if not o.figures:
        return False
    if asks_length(query):
        return not any(f.kind == "quantity" and LENGTH_UNIT.match(f.unit.strip()) for f in o.figures)
    asked = query.text.lower()
    return query.wants == "count" and all(_a_span(f) and lemma(f.unit.strip().lower()) not in asked for f in o.figures)


# The kinds of figure that can answer each kind of question: "how many tonnes" is a quantity.
_KINDS_ANSWERING: dict[str, frozenset[str]] = {
    "money": frozenset({"money"}),
    "percent": frozenset({"percent"}),
    "count": frozenset({"count", "quantity", "number"}),
}


def _said_apart_from_its_figures(query: Query, t: Term, o: Evidence, e: Evidence) -> bool:
    """ "what pct stake is Minjiang getting in the processing plant": a sentence less about the
    question that says "processing" but measures nothing by it, its figures none of the kind asked
    (a terminal's tonnes), tells nothing of the plant's stake; it rivals no sentence closer to the
    question. A word a figure measures ("exports of live and frozen crab jumped 34%", "net profit")
    is another subject, and so is a name: those still rival."""
    kinds = _KINDS_ANSWERING.get(query.wants)
    if kinds is None or o.coverage >= e.coverage or any(f.kind in kinds for f in o.figures):
        return False
    if not t.word[:1].islower() or not is_known_word(t.word.lower()):
        return False
    # "3,850 refrigerated containers left Mombasa" counts the containers: the price asked of one
    # is no count of them, so a word that is only the unit counted measures nothing asked.
    return not any(t.keys & phrase_keys(f"{f.measure} {f.unit}") and not (f.kind == "count" and t.keys & phrase_keys(f.unit))
                   for f in o.figures)


def _sibling_said(t: Term, e: Evidence, group: list[Evidence]) -> bool:
    """Whether some sentence pairs the missing word with one of this sentence's nouns ("mohair and
    wool", "wool or mohair") that the question does not ask: then this sentence names the other."""
    word = re.escape(t.word.lower())
    pair = re.compile(rf"\b{word}s?\s+(?:and|or)\s+([a-z]+)|\b([a-z]+)\s+(?:and|or)\s+{word}s?\b")
    for o in group:
        for m in pair.finditer(o.sentence.text.lower()):
            other = m.group(1) or m.group(2)
            if other in STOPWORDS or other == t.word.lower():
                continue
            if ({other, stem(other)} & e.sentence.terms) and not ({other, stem(other)} & t.keys):
                return True
    return False


_DESCRIBING_ENDS = ("less", "ful", "ous", "ive", "able", "ible", "ical")


def _kind_never_named(query: Query, evidence: list[Evidence], store: Store) -> None:
    """A question word the whole article never says, set before a word the article does say with
    another word before it, asks a kind the article does not give: "skim milk powder" of a story
    that prices only "whole milk powder", "soybean sowing" of one with "cotton sowing" and rice
    planted (the word after the pair, when there is one, said after it too). A word no sentence
    has is otherwise only a paraphrase gap."""
    by_position = {t.position: t for t in query.terms}
    for article_id in {e.sentence.article_id for e in evidence}:
        said = store.article_terms(article_id)
        unsaid: list[str] = []
        for t in query.required:
            head, tail = by_position.get(t.position + 1), by_position.get(t.position + 2)
            # (an inflected word or an adverb is no kind: "lost water supplies", "typically putting down")
            if head is None or tail is None or t.lemma in _MODIFIERS or not t.word.isalpha() or t.lemma != t.word.lower() \
                    or t.word.endswith("ly") or not t.keys.isdisjoint(said):
                continue
            # The two words after it must be said together, after another word of the article's.
            pairs = store.article_word_pairs(article_id)
            heads = {head.word.lower(), head.lemma}
            # (nor a describing word before the article's kind: "stainless steel" is its "steel")
            if head.word.endswith("ly") or len(t.word) < 4 or t.word.lower().endswith(_DESCRIBING_ENDS):
                continue
            # (nor a word before a time: "the import bill last year" names no kind "last year")
            if any(f"{head.word} {tail.word}".lower() in x.text.lower() for x in query.times):
                continue
            # (not a slip of the article's own word before it: "steal watch exports" is its steel)
            if any(h in heads and w != t.word.lower() and len(w) > 2 and w not in STOPWORDS for w, h in pairs) and not any(
                    h in heads and OSA.distance(w, t.word.lower()) <= 1 for w, h in pairs):
                unsaid.append(f"{t.word} {head.word} {tail.word}")
        if unsaid:
            for e in evidence:
                if e.sentence.article_id == article_id:
                    e.conflicts.append("never names " + ", ".join(unsaid))


def _words_after(store: Store, article_id: str) -> dict[str, tuple[str, ...]]:
    """store.article_word_pairs of an article by first word: the words written right after it
    (kept per store handle, a write clears it)."""
    def index() -> dict[str, tuple[str, ...]]:
        after: dict[str, list[str]] = defaultdict(list)
        for w, y in store.article_word_pairs(article_id):
            after[w].append(y)
        return {w: tuple(ys) for w, ys in after.items()}
    return store.memo("words_after", article_id, index)  # type: ignore[no-any-return]

def _sibling_named(query: Query, evidence: list[Evidence], store: Store) -> None:
    """A sentence that lacks a word asked and names instead a word the article uses the same way
    (before the same noun: "basmati rice", "white rice") is about that other kind: "the minimum
    export price for basmati" is not the one for white rice, though basmati is in the lead."""
    # Only a sentence without a conflict is read (a conflict added below is its own sentence's):
    # when none is left, the question's words need not be worked out at all.
    clear = [e for e in evidence if not e.conflicts]
    if not clear:
        return
    # The required words that can be unsaid, with their own keys: the question's, worked out once
    # per gather, not once per sentence.
    askable = [(t, _own_keys(t)) for t in query.required if t.word.isalpha() and t.lemma not in _MODIFIERS]
    # (the question's other words, made when a sentence first leaves a word unsaid: most leave none)
    asked: set[str] = set()  # (never empty once made: every term has a lemma)
    stems: set[str] = set()
    by_position: dict[int, Term] = {}
    for e in clear:
        # (a word found only in the headline's topic is not said here either)
        unsaid_own = [(t, own) for t, own in askable if own.isdisjoint(e.sentence.terms)]
        if unsaid_own and (carried := carried_terms(store, e.sentence)):
            # "China took 38% of the shipments" after "Brazil's cotton exports rose": said before it
            unsaid_own = [(t, own) for t, own in unsaid_own if own.isdisjoint(carried)]
        if unsaid_own:
            # "GACA is targeting ...": the letters say "civil aviation" (see _acronyms_spelled)
            spelled = _acronyms_spelled(e.sentence.text, e.mentions)
            unsaid_own = [(t, own) for t, own in unsaid_own if own.isdisjoint(spelled)] if spelled else unsaid_own
        unsaid = [t for t, _ in unsaid_own]
        if not unsaid:
            continue
        if not asked:
            asked = {t.word.lower() for t in query.terms} | {t.lemma for t in query.terms}
            stems = {stem(w) for w in asked}
            by_position = {t.position: t for t in query.terms}
        pairs = store.article_word_pairs(e.sentence.article_id)
        words = _SENTENCE_WORDS.findall(e.sentence.text.lower())
        # "rental units" asked of a story that says "rental units" once: its bare "units" are all of them.
        # (A word of the headline's topic is unsaid too, unless the lead says the two together:
        # "housing starts" is what the whole story counts, its bare "starts" all housing starts.)
        lead = store.article_word_pairs(e.sentence.article_id, lead=True)
        bare = [f"{t.word} {h.word}" for t in unsaid if (h := by_position.get(t.position + 1)) is not None
                and (pair := (t.word.lower(), h.word.lower())) in pairs and h.word.lower() in words
                and (t in e.missing or pair not in lead)]
        # ... unless it carries on from the sentence before: "That beat the previous high", "Prices dropped 5.7%".
        if bare and (_CARRIES_ON.match(e.sentence.text) or any(b.split()[1].lower() == words[0] for b in bare)
                     or _goes_on_about(e.sentence, bare, store) or _the_only_one(e.sentence.text, bare, pairs)):
            bare = []
        if bare:
            e.conflicts.append("says " + ", ".join(bare) + " elsewhere, not here")
            continue
        kinds = [t.word.lower() for t in e.missing if t in unsaid]
        # (not a noun asked: "salmon farming" is of the "fish farms" asked, a kind of them; nor the
        # "s" of "the line's revenue", which makes "the country's busiest port" no other kind of line)
        # (the words after each kind, read from the article's pairs indexed by their first word, not
        # by a scan of every pair the article writes for each sentence)
        after = _words_after(store, e.sentence.article_id)
        nouns = {y for w in kinds for y in after.get(w, ()) if len(y) > 1 and y not in STOPWORDS and stem(y) not in stems}
        siblings = {x for w, x, y in zip(["", *words], words, words[1:])
                    if y in nouns and x not in asked and x not in STOPWORDS and len(x) > 2 and x not in kinds
                    and not _GERUND_AFTER.match(w + " " + x)}
        if siblings:
            e.conflicts.append(f"about {', '.join(sorted(siblings))}, not {', '.join(kinds)}")
        elif other := _other_head([t for t in e.missing if t in unsaid], by_position, pairs, words, asked):
            e.conflicts.append(f"about {other}, not the one asked")


# "to start supplying power": a verb's -ing form after a verb of starting or stopping (or "by")
# is a deed done to the noun, not a word naming another kind of it ("solar power").
_GERUND_AFTER = lazy_compile(r"(?:to|by|start|starts|started|begin|begins|began|keep|keeps|kept|stop|stops|stopped|"
                             r"continue|continues|continued|resume|resumes|resumed|finish|finished) [a-z]+ing$")


def _other_head(missing: list[Term], by_position: dict[int, Term], pairs: frozenset[tuple[str, str]], words: list[str],
                asked: set[str]) -> str:
    """ "the royalty on nickel ore" / "The royalty on nickel matte was left at 3%": the word before
    the noun asked, said here before another noun, names another kind of it, when the article
    says the pair asked elsewhere ("raised royalties on nickel ore")."""
    for t in missing:
        before = by_position.get(t.position - 1)
        if before is None or not before.required or not before.word.isalpha():
            continue
        modifier = before.word.lower()
        if (modifier, t.word.lower()) not in pairs:
            continue
        # ("the official core figure" is the core inflation asked: a word for a value names no other kind;
        # nor "nuclear plant" for the "nuclear power" asked where the article says "nuclear power
        # plant": the asked noun's own pair, shortened)
        others = sorted(y for x, y in zip(words, words[1:])
                        if x == modifier and y not in asked and y not in STOPWORDS and y not in VALUE_WORDS and len(y) > 2
                        and (t.word.lower(), y) not in pairs)
        if others:
            return f"{modifier} {others[0]}"
    return ""


def _own_keys(t: Term) -> frozenset[str]:
    """A word's keys as the word itself says them, when it means something by itself: "freight" of
    "freight trains" is freight, not a train, or "Passenger trains" would say it; but "air" of "air
    freight" means nothing alone, so the phrase's cargo is its own."""
    own = word_keys(t.lemma, t.word.lower())
    return own if own - {t.lemma, stem(t.lemma)} else t.keys


def _opens_with_bare_head(t: Term, query: Query, text: str) -> bool:
    """Whether the sentence opens on "The <head>" the question writes right after the term, with no
    word of its own before the head ("which companies own the warehouse project" / "The project is
    60% owned by ..."): the story's own one, which it need not qualify again."""
    opening = GOES_ON.match(text)
    if not opening or not text.startswith("The "):
        return False
    head = next((u for u in query.terms if u.position == t.position + 1), None)
    return head is not None and not head.required and opening.group(1).lower() == head.word.lower()


def _the_only_one(text: str, bare: list[str], pairs: frozenset[tuple[str, str]]) -> bool:
    """ "The park includes ... and is expected to employ 3,200 people": in a story whose only park
    is the logistics park, "The park" opening a sentence is that one, wherever it was named."""
    opening = GOES_ON.match(text)
    if not opening or not text.startswith("The "):
        return False
    head = opening.group(1).lower()
    kinds = {w for w, y in pairs if y == head and w not in STOPWORDS}
    return len(kinds) == 1 and any(b.lower() == f"{next(iter(kinds))} {head}" for b in bare)


def _goes_on_about(s: SentenceRow, bare: list[str], store: Store) -> bool:
    """ "... plans a tissue mill in Tampere. The mill will have annual capacity of 220,000
    tonnes": "The mill" is the tissue mill the sentence before named."""
    opening = GOES_ON.match(s.text)
    if not opening or s.index == 0:
        return False
    before = [b for b in bare if b.split()[1].lower() == opening.group(1).lower()]
    previous = [p for p in store.paragraph_sentences(s.article_id, s.paragraph) if p.index == s.index - 1]
    return bool(before and previous and any(b.lower() in previous[0].text.lower() for b in before))


# "The plant will ...", "Its mill ...": the opening noun, which a sentence before may have named.
GOES_ON = lazy_compile(r"(?:The|Its|Their|This|That)\s+([a-z]+)\b")
_SENTENCE_WORDS = re.compile(r"[^\W\d_]+")
# A thing, not a person, named before: "She expects starts to average ..." is still bare.
_CARRIES_ON = re.compile(r"(?:That|This|These|Those|It|Its|They|Their)\b")


def _place_as_actor(query: Query, evidence: list[Evidence]) -> None:
    """A place asked as where ("How much is Nordvolt investing in Germany?") that is the subject of
    a sentence without the body asked ("Germany will contribute 2.1 billion euros") is another
    actor: the place's own figure, not the body's in it."""
    where = {e.id for e in query.entities if e.kind == "place" and any(_asked_at(query.text, k) for k in _entity_keys(e))}
    actors = {e.id for e in query.entities if e.kind in ("org", "person")}
    if not where or not actors:
        return
    for e in evidence:
        if e.conflicts:
            continue
        ids = {ent.id for _, ent in e.mentions}
        if ids & actors:
            continue
        subject = [ent.name for m, ent in e.mentions if ent.id in where and not e.sentence.text[: m.start].strip(" -•*–—\"“")]
        if subject:
            e.conflicts.append(f"says what {subject[0]} does, not what happens there")


def _where_as_actor(query: Query, evidence: list[Evidence]) -> None:
    """ "How much have Egyptian firms invested in China?" of a story whose firms are China's
    ("Chinese companies committed $1.85 billion of new investment to the ... Suez zone") and which
    never names Egypt's: the place asked as where is the one whose firms act, so the flow asked
    goes the other way, and no sentence of that story tells it."""
    where = [e for e in query.entities if e.kind == "place" and any(_asked_at(query.text, k) for k in _entity_keys(e))]
    if not where:
        return
    lower = query.text.lower()
    actors = {e.id for e in query.entities if e.kind == "place" and e not in where and any(
        (at := lower.find(a.lower() + " ")) >= 0 and _FIRMS_AFTER.match(lower, at + len(a)) for a in e.aliases)}
    if not actors:
        return
    _others_acting(evidence, actors, {e.id for e in where}, _FIRMS_AFTER, "the story's firms are {}'s, not the ones asked")


def _others_acting(evidence: list[Evidence], asked: set[str], others: set[str], acts: LazyPattern, conflict: str) -> None:
    """Per article, whose names the pattern finds acting ("Chile's fruit exports", "Chinese firms"):
    where only others act, each sentence of that story conflicts."""
    acting_in: dict[str, set[str]] = defaultdict(set)
    for e in evidence:
        text = e.sentence.text
        for m, ent in e.mentions:
            if (ent.id in others or ent.id in asked) and acts.match(text, m.end):
                acting_in[e.sentence.article_id].add("asked" if ent.id in asked else ent.name)
    for e in evidence:
        acting = acting_in.get(e.sentence.article_id, set())
        if acting and "asked" not in acting:
            e.conflicts.append(conflict.format(", ".join(sorted(acting))))


def _end_as_trader(query: Query, evidence: list[Evidence]) -> None:
    """ "How much fruit does China export to Chile?" of a story of Chile's exports ("Chile's fruit
    exports rose 7.6% ... to $1.9 billion") that never has China sell: the place asked as where the
    goods go is the one selling them, so the trade asked goes the other way, and no sentence of that
    story tells it (nor are "imports from Chile" a story of Chile's own imports)."""
    lemmas = {t.lemma for t in query.required}
    way = "to" if lemmas & _SELLING else "from" if lemmas & _BUYING else ""
    if not way:
        return
    ends = {e.id for e in query.entities if e.kind == "place" and any(
        prep == way and any(f"{said} ".startswith(k + " ") for k in _entity_keys(e)) for prep, said in _ends_asked(query.text))}
    # (a trader asked besides: "how much does Chile export to China?" with the end alone asked is
    # still the end's trade with it; "the timber shipped via Kribi" names the way, no trader)
    passages = _passages_asked(query.text)
    traders = {e.id for e in query.entities if e.kind == "place" and e.id not in ends and not any(
        f"{said} ".startswith(k + " ") for k in _entity_keys(e) for said in passages)}
    if not ends or not traders:
        return
    acts = _SELLER_AFTER if way == "to" else _BUYER_AFTER
    _others_acting(evidence, traders, ends, acts, "the story's trade is {}'s, not the one asked")
    _end_trades_alone(evidence, traders, ends, acts)


def _end_trades_alone(evidence: list[Evidence], traders: set[int], ends: set[int], acts: LazyPattern) -> None:
    """ "What was the value of Chinese exports to the Maldives?" / "total Maldivian fish exports
    fell 4.1% last year to $164 million", in a story where China sells elsewhere: a sentence in
    which only the end asked trades that way tells the end's own trade, not the trade to it."""
    for e in evidence:
        if e.conflicts:
            continue
        text = e.sentence.text
        acting = {ent.id for m, ent in e.mentions if (ent.id in ends or ent.id in traders) and acts.match(text, m.end)}
        if acting and acting <= ends:
            names = sorted({ent.name for _, ent in e.mentions if ent.id in acting})
            e.conflicts.append(f"the sentence's trade is {', '.join(names)}'s, not the one asked")


def _end_told_before(evidence: list[Evidence]) -> None:
    """ "how much tuna did fiji export to japan" / "Fiji's exports of tuna to China rose 27.6% ...
    Volumes climbed 19.3% to 21,450 tonnes": a sentence opening on a bare measure goes on with the
    flow of the sentence before, so that flow's other end is its own too."""
    by_id = {e.sentence.id: e for e in evidence}
    for e in evidence:
        before = by_id.get(e.sentence.id - 1)
        text = e.sentence.text
        if (e.conflicts or before is None or before.sentence.article_id != e.sentence.article_id
                or not _bare_measure_opening(text.removeprefix("The "))):
            continue
        # (a sentence naming its own end is told by it: "The exports to Japan rose 4%")
        if any(ent.kind == "place" and _END_BEFORE.search(text, max(0, m.start - 10), m.start) for m, ent in e.mentions):
            continue
        ends = [c for c in before.conflicts if _OTHER_END_CONFLICT.match(c)]
        if ends:
            e.conflicts.append(f"{ends[0]} (the flow told just before)")


# _other_end's conflict: "to China, not to japan"
_OTHER_END_CONFLICT = lazy_compile(r"(to|from) .+, not \1 ")


# "how many staff will run the plant", "how many jobs once it is operating": a count in the running of
# a thing, which a count "at the peak of construction" or "during construction" is not.
_RUNNING_ASKED = lazy_compile(r"\b(?:run|runs|running|operate|operates|operating|operations?|operational)\b",
                              re.IGNORECASE)
_BUILDING_STAGE = lazy_compile(r"\b(?:at\s+the\s+peak\s+of|during(?:\s+the)?|while\s+under)\s+(?:its\s+)?construction\b",
                               re.IGNORECASE)


def _other_stage(evidence: list[Evidence]) -> None:
    """A count asked of a thing in operation is not one its sentence gives for its building."""
    for e in evidence:
        if not e.conflicts and _BUILDING_STAGE.search(e.sentence.text) and not _BOTH_STAGES.search(e.sentence.text):
            e.conflicts.append("the sentence counts the building stage, not the running")


# "about 1800 jobs during construction and 650 permanent jobs at the terminal once it is fully
# operating": a sentence counting both stages counts the running too.
_BOTH_STAGES = lazy_compile(r"\bpermanent\b|\bonce\s+(?:it\s+is\s+)?(?:fully\s+)?(?:operat|running|up\s+and\s+running|complet)", re.IGNORECASE)


_SELLING = frozenset({"export", "ship", "sell", "send"})
_BUYING = frozenset({"import", "buy", "purchase"})
# "Chile's fruit exports", "Chile shipped", "Chilean cherry sales": the place as the seller (or buyer).
# "China was Libya's biggest source of imports", "Peru is the top supplier": the place as the one
# the other buys from, so the seller too.
_SELLER_AFTER = lazy_compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:exports?|exported|exporting|shipments?|shipped|sales|sold|sells)\b"
                             r"|\s+(?:is|was|remains|remained|became|has\s+been)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
                             r"(?:[a-z][\w-]*\s+){0,2}?(?:source\s+of\s+imports|supplier)\b")
_BUYER_AFTER = lazy_compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:imports?|imported|importing|purchases|purchased|bought|buys)\b")


# "Chinese companies", "Egyptian firms": a place's businesses, as the ones who act.
_FIRMS_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+)?(?:companies|firms|investors|businesses|manufacturers|makers|producers|groups|developers|exporters)\b",
                            re.IGNORECASE)
# The patterns _others_acting reads after a name (_end_as_trader's and _where_as_actor's).
_ACTING = (_SELLER_AFTER, _BUYER_AFTER, _FIRMS_AFTER)


_DATA_AFTER = lazy_compile(r"\s+(?:data|figures|statistics)\b")


def _one_body_of_a_total(query: Query, evidence: list[Evidence]) -> None:
    """A place's total asked of no body ("What were India's total car exports?") is not the figure of
    one body a sentence opens with ("Indus Motor's domestic sales rose 7.5% ..., while its
    exports climbed 31% to 24,100 units")."""
    for e in evidence:
        if e.conflicts:
            continue
        # ("Chinese customs data showed China's total bauxite imports rose 11.2%": the body only
        # published the figures, which are the total's)
        opening = [ent.name for m, ent in e.mentions if ent.kind == "org" and m.start <= 4
                   and not _DATA_AFTER.match(e.sentence.text, m.end)]
        if opening:
            e.conflicts.append(f"is {opening[0]}'s alone, not the total")


# "were repatriated", "have been deployed": what was done to the thing counted, in the passive.
_DONE_TO = lazy_compile(r"\b(?:was|were|are|is|be|been|being)\s+([a-z]{3,}ed)\b", re.IGNORECASE)
# Participles that tell how a figure is known or meant, not an event done to the thing counted:
# "were expected to reach", "is based in", "was valued at".
_HEDGING_DONE = frozenset("""expected estimated projected scheduled slated based valued priced reported
believed required needed planned allowed forced asked designed located listed owned""".split())


def _another_event_done(query: Query, evidence: list[Evidence]) -> None:
    """ "how many overseas workers were repatriated" / "2.31 million overseas workers were deployed":
    a verb asked in the passive that a sentence never says, where the sentence says its thing had
    another thing done to it, counts another event (sent out, not brought home), not the one asked."""
    asked = [m.group(1).lower() for m in _DONE_TO.finditer(query.text)]
    if not asked:
        return
    missing_words = {t.word.lower(): t for e in evidence for t in e.missing}
    verbs = [missing_words[w] for w in asked if w in missing_words]
    if not verbs:
        return
    for e in evidence:
        if e.conflicts or not e.figures:
            continue
        absent = [t for t in verbs if t in e.missing]
        if not absent:
            continue
        done = [m.group(1) for m in _DONE_TO.finditer(e.sentence.text) if m.group(1).lower() not in _HEDGING_DONE]
        # (a verb the sentence says whose keys meet the asked one's is the same event told otherwise)
        other = [d for d in done if all(t.keys.isdisjoint(word_keys(lemma(d), d.lower())) for t in absent)]
        if other:
            e.conflicts.append(f"tells what was {other[0]}, not {absent[0].word}")


def _measure_only_in_a_name(query: Query, evidence: list[Evidence]) -> None:
    """ "how much did China export to Egypt" / "the Export-Import Bank of China has agreed to lend
    $38 million": a sentence that meets the measure asked, and every other word asked it meets,
    only inside the name of a body the question does not ask about names the body, not the flow
    its figure measures. (A sentence meeting other words asked outside the name, "Earnings from
    the fruit rose ..., the Avocado Exporters Association said", tells what was asked.)"""
    if not any(not t.keys.isdisjoint(MEASURES) for t in query.required):
        return
    asked_ids = {ent.id for ent in query.entities}
    for e in evidence:
        if e.conflicts or not e.matched:
            continue
        names = [(m.start, m.end) for m, ent in e.mentions if ent.kind == "org" and ent.id not in asked_ids]
        if not names:
            continue
        found = [t for t in query.required if t in e.matched]
        if not found or all(t.keys.isdisjoint(MEASURES) for t in found):
            continue
        tokens = tokenize(e.sentence.text)
        keys = token_keys(tokens)
        inside = [[tok for tok, k in zip(tokens, keys) if not t.keys.isdisjoint(k)] for t in found]
        # (a name ending on the word is a name of the measure itself: "kept Bank Rate at 4.00%")
        if all(at and all(any(a <= tok.start and tok.end < b for a, b in names) for tok in at) for at in inside):
            e.conflicts.append(f"says {found[0].word} only in a name")


# The parts a sentence lists of what its figure measures: "Total cargo handled at Aktau,
# including oil, grain and metals, reached 4.9 million tonnes" (up to the list's "and"/"or" item;
# "at $348 a tonne including cost and freight" is a price's terms, set apart by no comma).
_PARTS_LIST = lazy_compile(r",\s*(?:including|such as|among them)\s+(?:(?:[^,;.]*?,\s*)*?[^,;.]*?\b(?:and|or)\s+[^,;.]+|[^,;.]+)",
                           re.IGNORECASE)


def _only_a_listed_part(query: Query, evidence: list[Evidence]) -> None:
    """A word asked that a sentence says only among the parts it lists of a whole ("how many tonnes
    of grain went through Aktau" / "Total cargo handled at Aktau, including oil, grain and metals,
    reached 4.9 million tonnes") asks a part the figure, given outside the list, does not measure."""
    counted = query.count_keys
    asked = [t for t in query.required if t.keys.isdisjoint(counted)]
    if not asked:
        return
    for e in evidence:
        if e.conflicts or not e.figures or not _PARTS_LIST.search(e.sentence.text):
            continue
        spans = [m.span() for m in _PARTS_LIST.finditer(e.sentence.text)]
        if any(a <= f.start < b for f in e.figures for a, b in spans):
            continue  # "including 415 from China": the part's own figure
        tokens = tokenize(e.sentence.text)
        keys = token_keys(tokens)
        inside = lambda i: any(a <= i < b for a, b in spans)  # noqa: E731
        # (the word itself listed: "pension funds" listed is no "cash" asked)
        listed = [t.word for t in asked
                  if (at := [tok for tok, k in zip(tokens, keys) if not t.keys.isdisjoint(k)])
                  and all(inside(tok.start) for tok in at)
                  and any({tok.lemma, stem(tok.lemma)} & {t.lemma, stem(t.lemma)} for tok in at)]
        if listed:
            e.conflicts.append(f"names {', '.join(listed)} only as a part listed of what it measures")


# What is left asked ("still to be harvested"), and a sentence's word for what is left.
_STILL_TO = lazy_compile(r"\b(?:still|yet) to (?:be )?\w+|\bleft to (?:be )?\w+|\bremain(?:s|ing)? to be\b", re.IGNORECASE)
_REMAINDER_SAID = lazy_compile(r"\b(?:still|yet|remain\w*|left|outstanding|pending|unsold|unharvested|rest|balance)\b", re.IGNORECASE)


# Value words that still name a measure (how much went through), unlike "value" or "total".
_COUNTED_MEASURES = frozenset({"volume"})
# What a port or line handles, its traffic or throughput, is its volume: "Container traffic at
# Lekki ... jumped 38%" is how much "container volumes at Lekki" jumped.
_VOLUME_TERMS = frozenset({"handle", "traffic", "throughput"})


def _value_word_measure(query: Query, evidence: list[Evidence]) -> None:
    """A measure asked with a word that need not be found ("volumes", a value word) still names
    what is measured: "how much did transpacific volumes change" is not "transpacific rates
    slipped 4%", which measures only something the question never names."""
    measures = [t for t in query.terms if not t.required and t.lemma in _COUNTED_MEASURES]
    if not measures:
        return
    asked = frozenset().union(*(t.keys for t in query.terms))
    for e in evidence:
        if e.conflicts:
            continue
        terms = e.sentence.terms
        if not terms.isdisjoint(_VOLUME_TERMS):
            continue  # "Jebel Ali handled 3.9 million TEUs": what a port or line handles is its volume
        if terms & GOODS_FLOWS and any(f.kind == "quantity" for f in e.figures):
            continue  # "exports to China could reach 9,500 tonnes": a flow of goods in tonnes is its volume
        if all(t.keys.isdisjoint(terms) for t in measures) and (terms & MEASURES) and (terms & MEASURES).isdisjoint(asked):
            e.conflicts.append(f"measures {', '.join(sorted(terms & MEASURES))}, not {', '.join(t.word for t in measures)}")


def _about_another_place(evidence: list[Evidence], store: Store) -> None:
    """A question naming no place asks about the story's own: "Neighbouring Vietnam, by contrast,
    received 17.2 million foreign visitors" in a story that leads with Thailand's arrivals is the
    comparison, not the answer. A sentence whose subject is a place its story's lead never names
    ranks lower; it still answers when nothing else does."""
    for e in evidence:
        opening = [(m, ent) for m, ent in e.mentions if ent.kind == "place" and m.start <= 16
                   and _OPENS_WITH_PLACE.fullmatch(e.sentence.text[: m.start])]
        if not opening:
            continue
        lead = store.places_by_paragraph(e.sentence.article_id)
        lead_ids = lead.get(0, frozenset()) | lead.get(1, frozenset())
        if lead_ids and not any(ent.id in lead_ids for _, ent in opening):
            e.score -= 1.0


def _gathering_places_asked(query: Query) -> tuple[str, ...]:
    """The places the question gives as where a gathering was: "the Beijing meeting", "the summit in Beijing"."""
    text = normalise_name(query.text)
    # Both branches hold the key as written: a key absent from the text (nearly every one) is
    # passed over without compiling a pattern for it, which re's cache of 512 rarely still holds.
    # Both hold a gathering word too: a question with none (most) compiles no pattern for its places.
    if not query.entities or not _GATHERING_RE.search(text):
        return ()
    return tuple(k for e in query.entities if e.kind == "place" for k in _entity_keys(e)
                 if k in text and _gathering_at_place(text, k))


def _gathering_at_place(text: str, key: str) -> bool:
    """re.search(rf"\\b{key}\\s+{_GATHERING_WORD}|{_GATHERING_WORD}\\s+(?:in|at)\\s+(?:the\\s+)?{key}\\b",
    text) (key escaped), with no pattern compiled per place: the key is found with str.find and the
    gathering's words before or after it matched by patterns compiled once (one a place cost
    0.2-0.7 ms, paid by the first question asking of a gathering there)."""
    for i in literal_starts(text, key):
        end = i + len(key)
        if (at_boundary(text, i) and _GATHERING_AFTER.match(text, end)) \
                or (at_boundary(text, end) and ends_after(text, i, _GATHERING_IN_AT, _GATHERING_IN_AT_STARTS)):
            return True
    return False


def _gathering_elsewhere(asked: tuple[str, ...], evidence: list[Evidence], store: Store) -> None:
    """ "How many Chinese companies went to the Beijing meeting?" is not "The conference was attended
    by ... 800 Chinese enterprises", whose paragraph holds the summit in Shenyang and names Beijing
    only for talks before it: a sentence telling of a gathering without the place asked, beside a
    gathering its paragraph holds in another place, tells of that other one."""
    places = store.place_names
    for e in evidence:
        said = f" {normalise_name(e.sentence.text)} "
        if e.conflicts or any(f" {k} " in said for k in asked) or not _GATHERING_RE.search(said):
            continue
        paragraph = f" {normalise_name(store.paragraph(e.sentence.article_id, e.sentence.paragraph) or '')} "
        if not any(f" {k} " in paragraph for k in asked):
            continue  # no place asked beside it to mistake the gathering for
        held = {m for m in _NAMED_GATHERING.findall(paragraph) + _GATHERING_IN.findall(paragraph)}
        others = sorted({w for m in held for w in (m, m.split()[-1]) if w in places and w not in asked
                         and not _placed_in_asked(w, asked, paragraph)})
        if others:
            e.conflicts.append(f"at the gathering in {others[0]}, not {asked[0]}")


def _gathering_placed_after(query: Query, evidence: list[Evidence], store: Store) -> None:
    """ "what did the firms sign at the Shenyang summit?" / "Chinese and Russian companies attending
    a regional conference in northeastern China signed ...", whose next paragraph goes on "The summit
    in Shenyang ...": a gathering the story then places by its definite name ("the summit in X",
    "the X summit") is held there, so a sentence telling of a gathering, in that paragraph or the
    one before, tells of the place asked, whatever wider place it leads with. Only a definite name
    refers back: "follows a meeting ... in Beijing" places another gathering."""
    keys = {k for x in query.entities if x.kind == "place" for k in _entity_keys(x)}
    ends = [(k, f", not {k}") for k in keys]  # (each key's ending, made once, not per sentence and conflict)
    for e in evidence:
        # (cheap rejections first: a sentence with no conflict, or not covering the question, is
        # skipped below whatever its conflicts say)
        if not e.conflicts or e.coverage < 1.0:
            continue
        s = e.sentence
        placed = [k for k, end in ends if any(c.startswith("about ") and c.endswith(end) for c in e.conflicts)]
        if not placed or not all(any(c.endswith(f", not {k}") for k in placed) for c in e.conflicts):
            continue  # a conflict of another kind still rules it out
        # (e.coverage < 1.0, skipped above: "which organisation hosted the Shenyang conference": no
        # hosting told of it)
        if not _GATHERING_RE.search(s.text.lower()):  # (the same pattern, compiled once)
            continue
        # (lowered, not normalised: normalising drops a paragraph's opening "The")
        near = " ".join((store.paragraph(s.article_id, n) or "").lower() for n in (s.paragraph, s.paragraph + 1))
        if all(_definite_gathering_at(near, k) for k in placed):
            e.conflicts.clear()
            # as a sentence of the paragraph naming the place counts it, but ranked below one: "The
            # conference was attended by ...", told beside the place, still comes first
            e.entity_hits += 0.5 * len(placed)
            e.score += 0.5 * len(placed)


def _definite_gathering_at(text: str, key: str) -> bool:
    """ "the summit in shenyang", "the shenyang summit": a gathering told of before, placed at key.
    (re.search(rf"\\bthe\\s+(?:[a-z-]+\\s+)?{_GATHERING_WORD}\\s+(?:in|at)\\s+(?:the\\s+)?{key}\\b|\\bthe\\s+{key}\\s+{_GATHERING_WORD}",
    text), key escaped, with the key found by str.find: no pattern compiled per place.)"""
    for i in literal_starts(text, key):
        end = i + len(key)
        if (at_boundary(text, end) and ends_after(text, i, _DEFINITE_GATHERING_IN, _DEFINITE_GATHERING_IN_STARTS)) \
                or (_GATHERING_AFTER.match(text, end) and ends_after(text, i, _THE_BEFORE, _THE_BEFORE_STARTS)):
            return True
    return False


def _placed_in_asked(place: str, asked: tuple[str, ...], paragraph: str) -> bool:
    """ "the summit in Shenyang, the capital of Liaoning province": a town the asked region follows
    closely, with no other gathering between, is in it (the Liaoning summit is the Shenyang one)."""
    return any(re.search(rf"\b{re.escape(place)}\b(?:(?!{_GATHERING_WORD})[^.;]){{0,40}}\b{re.escape(k)}\b", paragraph) for k in asked)


# The one-word names of a gathering (the lexicon's class: forum, summit, expo, fair ...).
_GATHERINGS = frozenset(w for w in SYNONYMS["conference"] if " " not in w and "-" not in w)
_GATHERING_WORD = r"(?:" + "|".join(sorted(_GATHERINGS, key=len, reverse=True)) + r")s?\b"
# Compiled once (compile_all), not fetched from re's cache, which compile_all crowds them out of.
_GATHERING_RE = lazy_compile(_GATHERING_WORD)
_NAMED_GATHERING = lazy_compile(rf"\b([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+{_GATHERING_WORD}")
_GATHERING_IN = lazy_compile(rf"{_GATHERING_WORD}\s+(?:in|at)\s+(?:the\s+)?([a-z][\w-]*)")
# The fixed parts of a gathering placed by its place's name (_gathering_at_place,
# _definite_gathering_at), each part before the name with a zero-width twin finding its starts.
_GATHERING_AFTER = lazy_compile(rf"\s+{_GATHERING_WORD}")
_GATHERING_IN_AT = lazy_compile(rf"{_GATHERING_WORD}\s+(?:in|at)\s+(?:the\s+)?")
_GATHERING_IN_AT_STARTS = lazy_compile(rf"(?={_GATHERING_WORD}\s+(?:in|at)\s)")
_DEFINITE_GATHERING_IN = lazy_compile(rf"\bthe\s+(?:[a-z-]+\s+)?{_GATHERING_WORD}\s+(?:in|at)\s+(?:the\s+)?")
_DEFINITE_GATHERING_IN_STARTS = lazy_compile(r"\b(?=the\s)")
_THE_BEFORE_STARTS = _DEFINITE_GATHERING_IN_STARTS


_LEAD_SUBJECT_WITHIN = 40  # characters: a few modifiers before the name ("Swedish battery maker ")


def _lead_body_not_asked(query: Query, evidence: list[Evidence], store: Store, heads: dict[tuple[str, str], set[str]],
                         facts: dict[int, _SentenceFacts]) -> None:
    """A sentence that names no body keeps to the body the story leads with: "A further 210 jobs
    will be cut at its research centre" in a story of Fjallcell's cuts, where the carmaker Brenner
    only cancelled an order, is no answer to "How many jobs is Brenner cutting?". A sentence, or
    its paragraph, that names the body asked is read as usual; so is one that calls it by its head
    noun ("The department has asked for 3 billion euros": the Department of Trade, _heads_by_key)."""
    asked = {e.id for e in query.entities if e.kind == "org"}
    # (the paragraphs naming it, which entity_hits does not tell from "the story is about it")
    named_in = set().union(*store.entity_paragraphs(asked).values())
    for e in evidence:
        s = e.sentence
        if e.conflicts or e.entity_hits >= 1 or s.paragraph in named_in:  # ("the U.S. Navy" asked as "the navy")
            continue
        called = set().union(*(h for (article, _), h in heads.items() if article == s.article_id))
        if called and _called_by_head(called, facts[s.id].normalised):
            continue
        if _carries_on_the_body_before(store, s, asked):
            continue
        opener = store.memo("lead_opening_body", s.article_id, lambda a=s.article_id: _lead_opening_body(store, a))
        if opener is not None and opener.id not in asked and _headline_body_called_company(store, s, asked, opener):
            continue
        if opener is not None and opener.id not in asked:
            e.conflicts.append("about " + opener.name + ", not the body asked")


# "the Birmingham-based company", "the firm": a company referred to without its name
_THE_COMPANY = lazy_compile(r"\bthe\s+(?:[\w-]+\s+)?(?:company|firm)\b", re.IGNORECASE)


def _headline_body_called_company(store: Store, s: SentenceRow, asked: set[int], opener: EntityRow) -> bool:
    """ "UK regulator fines Mercia Water ..." led by "Ofwat fined Mercia ...": "the Birmingham-based
    company ... spilled sewage 14,352 times" is the company the headline names, not the regulator
    the lead opens with, which the headline does not name."""
    if not _THE_COMPANY.search(s.text):
        return False
    named = store.entity_paragraphs(asked | {opener.id})
    return any(0 in named.get(body, set()) for body in asked) and 0 not in named.get(opener.id, set())


def _carries_on_the_body_before(store: Store, s: SentenceRow, asked: set[int]) -> bool:
    """ "TALCO produced 98,400 tonnes ... / Exports in January-September reached 91,300 tonnes": a
    paragraph that opens on a bare measure goes on about the body the paragraph before opens with."""
    m = _OPENING_WORD.match(s.text)
    if s.index != 0 or s.paragraph <= 1 or m is None or lemma(m[1].lower()) not in MEASURES:
        return False
    before = _lead_opening_body(store, s.article_id, s.paragraph - 1)
    return before is not None and before.id in asked


_OPENING_WORD = lazy_compile(r"([A-Z][a-z]+)\s+(?:in|at|of|for|from|to|on|rose|fell|grew|were|was|jumped|reached|climbed|dropped|slid|totalled|totaled|hit)\b")


def _lead_opening_body(store: Store, article_id: str, paragraph: int = 1) -> EntityRow | None:
    """The body the lead opens with, as its subject ("Swedish battery maker Fjallcell AB said"), or
    None: one named later in it ("..., the Citrus Growers' Association said") is a source. Read
    once per store handle and article, not for every candidate of every question. (Any other
    paragraph's opening body the same way.)"""
    lead = store.paragraph_sentences(article_id, paragraph)
    if not lead:
        return None
    text = lead[0].text
    # "TUNIS, Mar 12 (Reuters) - Tunisia's state-run CPG said ...": the agency in the dateline is
    # no subject; the story opens after it.
    opening = story_opening(text)
    mentions = sorted((m for m in store.mentions_in([lead[0].id]) if m.start >= opening), key=lambda m: m.start)
    kinds = store.entities_by_id([m.entity_id for m in mentions])
    first = next((m for m in mentions if m.entity_id in kinds and kinds[m.entity_id].kind != "place"), None)
    if first is None or first.start - opening > _LEAD_SUBJECT_WITHIN or kinds[first.entity_id].kind != "org":
        return None
    return kinds[first.entity_id]  # type: ignore[no-any-return]


# Words a sentence may open with before its subject place: "Neighbouring Vietnam", "In Brazil,".
_OPENS_WITH_PLACE = lazy_compile(r"(?:(?:neighbouring|neighboring|rival|nearby|elsewhere,?|meanwhile,?|in)\s+)?", re.IGNORECASE)


def _term_weights(evidence: list[Evidence], dropped: Sequence[list[Term]] = ()) -> dict[str, float]:
    """A question word found in few candidate sentences says more about where the answer sits
    ("peak") than one found in most of them ("inflation"). `dropped`: the matched words of the
    candidates left out unscored (_Uncovered), which count as ever."""
    counts: dict[str, int] = defaultdict(int)
    for e in evidence:
        for t in e.matched:
            counts[t.lemma] += 1
    for matched in dropped:
        for t in matched:
            counts[t.lemma] += 1
    return {lemma: 1.0 / n for lemma, n in counts.items()}


class _Uncovered(NamedTuple):
    """Which candidates that find none of the question's required words may be left out unscored.

    Such a candidate is never accepted: with no required word found its coverage is 0, so _score
    gives it a "missing: ..." conflict, and no rule after scoring clears that one (the two that
    clear conflicts, _pair_named_before and _gathering_placed_after, need entity conflicts only or
    full coverage). Scoring it costs as much as scoring any other (its names, its periods and some
    thirty rules), for a tenth of all candidates. Only figure, derived and why-questions leave any
    out: the other handlers read such conflicting evidence (a yes-no's entities named, a
    where-question's places), and so do the figure handlers when it states a figure (a part of a
    share computed: "Iranian-registered vehicles accounted for 112400 of them"), so in figure
    questions only one with no figure is left out. After scoring, only its matched words are read
    (_term_weights, kept) and, in figure questions, its text and rows by four rules that weigh other
    candidates against it; it is left out only where those rules cannot see it: _elsewhere's rivals and sentences
    before (`lemmas`: it has none of the required words' lemmas or stems) and _sibling_said
    (`words`: none is in its text); _another_event_done (the required words differ, so its missing
    words add none that another candidate's do not map the same); _others_acting (no entity asked
    acts in it by the rules' patterns) and _end_told_before (the sentence after it, a candidate,
    does not open on a bare measure), both only with two entities or more."""

    figure: bool  # a figure or derived question: the four rules run
    words: tuple[str, ...]  # the required words, in lower case
    lemmas: frozenset[str]  # their lemmas and stems
    entity_ids: frozenset[int]  # the entities asked, when two or more are (else none: the rules do not run)
    sentences: dict[int, SentenceRow]  # the candidates

    @classmethod
    def of(cls, query: Query, sentences: dict[int, SentenceRow]) -> _Uncovered | None:
        """None when none may be left out: another intent, no required word, or (a figure
        question) a required word written twice."""
        if query.intent not in _LEAVES_UNCOVERED:
            return None
        required = query.required
        if not required:
            return None
        figure = query.intent in ("figure", "derived")
        words = tuple(t.word.lower() for t in required)
        if figure and len(set(words)) < len(words):
            return None
        return cls(figure, words, frozenset(w for t in required for w in (t.lemma, stem(t.lemma))),
                   frozenset(e.id for e in query.entities) if len(query.entities) >= 2 else frozenset(), sentences)

    def inert(self, s: SentenceRow, mentions: list[tuple[MentionRow, EntityRow]], figures: list[FigureRow]) -> bool:
        """Whether this candidate, if it finds no required word, may be left out unscored."""
        if not self.figure:
            return True
        if figures:
            return False  # the figure handlers read it
        if not s.terms.isdisjoint(self.lemmas):
            return False
        lower = s.text.lower()
        if any(w in lower for w in self.words):
            return False
        ids = self.entity_ids
        if not ids:
            return True
        after = self.sentences.get(s.id + 1)
        if after is not None and after.article_id == s.article_id and _bare_measure_opening(after.text.removeprefix("The ")):
            return False
        text = s.text
        return not any(e.id in ids and any(acts.match(text, m.end) for acts in _ACTING) for m, e in mentions)


# The intents whose handlers never read a candidate that finds no required word (_Uncovered).
_LEAVES_UNCOVERED = frozenset({"figure", "derived", "why"})


def _candidate_ids(query: Query, store: Store) -> set[int]:
    keys: set[str] = set()
    for term in query.terms:
        keys.update(term.keys)
    for name in query.entity_keys:
        keys.update(name.split())
    ids = store.search_sentence_ids(keys, FTS_LIMIT)
    for value in query.numbers[:3]:  # "42.64 billion yuan in dollars": the sentences stating it
        ids.update(f.sentence_id for f in store.figures_with_value(value))
    return ids


def _resolve_entities(query: Query, store: Store, article_ids: set[str]) -> None:
    """The stored entities the question's names refer to, in the candidate articles (plus any a
    follow-up carried over from the last answer)."""
    if not query.entity_keys:
        return
    carried = [e for e in query.entities if e.article_id not in article_ids]
    query.entities = store.entities_named(query.entity_keys, article_ids or None) + carried


_SAME_PERIOD = lazy_compile(r"^(?:in\s+|for\s+|during\s+|over\s+)?the\s+same\b", re.IGNORECASE)


def _context_times(store: Store, query: Query, sentences: dict[int, SentenceRow]) -> dict[tuple[str, int], list[TimeRow]]:
    """When a sentence states no date, its paragraph's dates (else the paragraph before it, else
    the lead paragraph's) set its period: "Cloud revenue rose 18%" sits in a paragraph about the
    second quarter; "China was the largest supplier" follows "imports jumped 38% last year"."""
    if not query.times and not _names_a_period_only(query):  # "sales for the quarter" reads them too
        return {}
    keys = ({(s.article_id, s.paragraph) for s in sentences.values()} | {(s.article_id, 1) for s in sentences.values()}
            | {(s.article_id, s.paragraph - 1) for s in sentences.values() if s.paragraph > 1})
    kept = store.memo_each("paragraph_dating", keys, lambda key: _paragraph_dating(store, key))
    return {key: list(dating) for key, dating in kept.items() if dating is not None}


# ... and "recovered its losses from a sell-off last month", "down from a peak in March": the
# time of an earlier event the sentence names, not of its figures.
# ("shipped 14.2 million tonnes from its Pilbara mines in the March quarter": a named place it
# comes from, no earlier event)
# ("homes due to be completed next year": "due to" before a verb schedules, it gives no cause)
# "Revenue ... fell 9.4% ..., because benchmark prices stayed well below their 2022 peaks": a
# clause giving the cause dates the cause, not the figure.
_IN_REASON = lazy_compile(r"\b(?:because(?!\s+of\b)|due to(?!\s+(?:be|start|begin|expire|end|open|close|come|take|run|finish|complete|resume|arrive"
                          r"|launch|report|meet|vote|rise|fall|reach|hold)\b)|because of|owing to|thanks to|from (?:a|an|the|its|their)\s+(?-i:[a-z0-9])[\w-]*)\b[^,;.]*$", re.IGNORECASE)


def _paragraph_dating(store: Store, key: tuple[str, int]) -> tuple[TimeRow, ...] | None:
    """The times of one paragraph that date its figures, in text order; None when it states no
    date at all (an empty tuple: dated only by when something was said). The same for every
    question, so kept per store handle: each check below is a regular expression over the
    sentence, run once per time, not once per question whose candidates share the paragraph."""
    times = store.times_in_paragraphs([key])
    texts = store.sentences({t.sentence_id for t in times})
    dating: list[TimeRow] | None = None
    for t in times:
        # "... eased to 34.9% in June, the institute said earlier this month": when it was said
        # dates nothing that follows (but a paragraph dated only by its saying is still dated).
        if not (t.start_date and t.end_date):
            continue  # "from a year earlier": a comparison, no date of the paragraph
        own = texts.get(t.sentence_id)
        if own is not None and (in_relative_aside(own.text, t.start) or _compared_with(own.text, t) or _SAME_PERIOD.match(t.text)
                                or _IN_REASON.search(own.text, max(0, t.start - 90), t.start)):
            # "a drug whose patent expired last year", "smaller increases than in January", "in
            # the same period of 2024", "due to the tariff Washington imposed in August": they
            # date no figure of the paragraph.
            continue
        dating = dating if dating is not None else []
        if not (own is not None and reporting_time(own.text, t)):
            dating.append(t)
    return None if dating is None else tuple(dating)


def _topic_names(store: Store, query: Query) -> dict[str, dict[str, int]]:
    """Per article, the asked entities it is about as a whole, each marked True when the article
    leads with it (headline or first paragraph) or names a body in three paragraphs or more;
    places named in two paragraphs or more are a weaker sign. "The company said" then
    still means Corvana."""
    topics: dict[str, dict[str, int]] = defaultdict(dict)
    if not query.entities:
        return topics
    asked = set(query.entity_keys)
    for entity in query.entities:
        # The rank depends on the entity's rows alone (its kind, article and paragraphs), not the
        # question: kept per store handle and entity id (a write clears it), not worked out in
        # every gather that names it.
        rank = topic_rank(store, entity)
        for key in _entity_keys(entity) & asked:
            if rank is not None:
                topics[entity.article_id][key] = max(topics[entity.article_id].get(key, 0), rank)
            elif entity.kind != "place" and _story_word(store, query.text, key, entity.article_id):
                topics[entity.article_id].setdefault(key, _STORY_WORD)
    return topics


# The topic rank of a story word (see _story_word): below every name's, and read by
# _entity_agreement as the goods told of unless the sentence measures other goods.
_STORY_WORD = -1
# "26.2 million tonnes of wheat": the goods a quantity measures.
_GOODS_MEASURED = lazy_compile(r"\b(?:tonnes|tons|kg|kilograms|barrels|bags|bales|cartons|bushels|boxes|containers|quintals|litres|head) of ([a-z]+)")


def _measures_other_goods(key: str, text: str) -> bool:
    """ "rice" asked of "bought 26.2 million tonnes of wheat": the sentence's quantity is of other goods."""
    return any(stem(m.group(1)) != stem(key) for m in _GOODS_MEASURED.finditer(text))


def _story_word(store: Store, question: str, key: str, article_id: str) -> bool:
    """ "how many tonnes of coffee did indonesia sell to italy" in a story about coffee exports: an
    everyday word typed in lower case that is also the start of a body's name ("Indonesian Coffee
    Exporters Association") or a name of no kind ("the Tea (Amendment) Bill") is the goods the
    story keeps coming back to, which "Exports to Italy climbed ..." need not name."""
    return (key.isalpha() and is_known_word(key) and has_word(question, key)
            and key in store.lead_terms(article_id))


def topic_rank(store: Store, entity: EntityRow) -> int | None:
    """_topic_rank, kept per store handle and entity id (a write clears it)."""
    return store.memo("topic_rank", entity.id, lambda: _topic_rank(store, entity))  # type: ignore[no-any-return]


def _topic_rank(store: Store, entity: EntityRow) -> int | None:
    """How far the article is about the entity as a whole (see _topic_names): 2 the headline
    names it, the story's own subject; 1 it leads or recurs; 0 weaker; None not at all."""
    paragraphs = store.entity_paragraphs([entity.id]).get(entity.id, set())
    # A place the story leads with is where it happens; one it keeps naming is not ("the U.S.
    # market" in three quotes of a story about a Mexican plant).
    # A body named in a third of the story or more is what it is about; one of several
    # carmakers named now and then is not ("How many cars did Vayu sell in India?").
    # ... but a body the lead names once and the story never again is a comparison, not its
    # subject ("Europe's second-largest steel producer after ArcelorMittal").
    if entity.kind in ("org", "other") and paragraphs == {1} and not _first_body_of_lead(store, entity):
        return None
    if entity.kind in ("place", "other") and 1 in paragraphs and 0 not in paragraphs and _only_listed_in_lead(store, entity):
        paragraphs = paragraphs - {1}
    strong = bool(paragraphs & {0, 1}) or (entity.kind != "place" and len(paragraphs) >= max(
        3, store.memo("paragraph_count", entity.article_id, lambda: store.paragraph_count(entity.article_id)) / 3))
    # In a story that leads with no place, the place named most (twice at least) is where it happens.
    widest, leads_with_place = store.place_spread(entity.article_id) if entity.kind == "place" else (0, True)
    main_place = not leads_with_place and len(paragraphs) >= max(2, widest)
    if not (strong or main_place):
        return None
    if 0 in paragraphs and entity.kind == "place" and _first_headline_place(store, entity.article_id) == entity.id:
        return 3  # the place the headline opens with: the story's home ("South Africa slaps tariffs")
    return 2 if 0 in paragraphs else 1 if strong else 0


def _only_listed_in_lead(store: Store, entity: EntityRow) -> bool:
    """ "... hit shipments of Cognac, Champagne and Bordeaux": a place (or other name) the lead names
    only as one of three names or more is one of the story's parts, not where it happens."""
    for s in store.paragraph_sentences(entity.article_id, 1):
        lists = [(m.start(), m.end()) for m in _NAME_LIST.finditer(s.text)]
        for m in store.mentions_in([s.id]):
            if m.sentence_id == s.id and m.entity_id == entity.id and not any(a <= m.start < b for a, b in lists):
                return False
    return True


_NAME = r"[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)*"
_NAME_LIST = lazy_compile(rf"{_NAME}(?:,\s{_NAME}){{1,}},?\s(?:and|or)\s{_NAME}")


def _first_body_of_lead(store: Store, entity: EntityRow) -> bool:
    """Whether the lead names this body before any other: "Nordvik Telecom reported ..." is the
    story's own company, however its headline shortens it."""
    sentences = store.paragraph_sentences(entity.article_id, 1)
    mentions = sorted(store.mentions_in([s.id for s in sentences]), key=lambda m: (m.sentence_id, m.start))
    kinds = store.entities_by_id({m.entity_id for m in mentions})
    first = next((m.entity_id for m in mentions if m.entity_id in kinds and kinds[m.entity_id].kind in ("org", "other")), None)
    return first == entity.id


def home_place(store: Store, article_id: str) -> int | None:
    """The story's home: the place its headline opens on ("South Africa slaps tariffs")."""
    return _first_headline_place(store, article_id)


def _first_headline_place(store: Store, article_id: str) -> int | None:
    """The place the headline names first; kept per store handle and article (a write clears it),
    with the headline's names read in one query, not one per mention."""
    def first() -> int | None:
        mentions = store.mentions_in([s.id for s in store.paragraph_sentences(article_id, 0)])
        kinds = store.entities_by_id({m.entity_id for m in mentions})
        places = sorted((m.start, m.entity_id) for m in mentions if kinds[m.entity_id].kind == "place")
        return places[0][1] if places else None
    return store.memo("headline_place", article_id, first)


def _carried_places(store: Store, query: Query, sentences: dict[int, SentenceRow]) -> dict[tuple[str, int], dict[str, str]]:
    """For each body paragraph that names no place: the places of the nearest paragraph before it
    that does (its keys, to its names), when the story leads with them. A story that moves from
    Taiwan to South Korea keeps talking about Taiwan until it names South Korea; a city where
    someone spoke ("told reporters in London") is no such subject."""
    # Depends on the article's rows alone, not the question: kept per store handle and
    # paragraph (a write clears it), not worked out again in every gather that asks a place.
    # The dict is shared and only read (_entity_agreement's `carried`).
    kept = store.memo_each("carried_places", {(s.article_id, s.paragraph) for s in sentences.values()},
                           lambda where: _carried_into(store, *where))
    return {where: carried for where, carried in kept.items() if carried is not None}


def _carried_into(store: Store, article_id: str, paragraph: int) -> dict[str, str] | None:
    """_carried_places for one paragraph; None for a paragraph that carries none over (the lead,
    or one naming a place itself)."""
    by_paragraph = store.places_by_paragraph(article_id)
    if paragraph < 2 or paragraph in by_paragraph:
        return None
    lead = by_paragraph.get(0, frozenset()) | by_paragraph.get(1, frozenset())
    before = next((by_paragraph[p] for p in range(paragraph - 1, 0, -1) if p in by_paragraph), frozenset())
    entities = store.entities_by_id(before & lead).values()
    return {k: e.name for e in entities for k in _entity_keys(e)}


def _article_dates(store: Store, article_ids: set[str]) -> dict[str, date | None]:
    dates: dict[str, date | None] = {}
    for article_id in article_ids:
        info = store.article(article_id)
        dates[article_id] = date.fromisoformat(info.date) if info and info.date else None
    return dates


def _paragraph_names(sentences: dict[int, SentenceRow], facts: dict[int, _SentenceFacts],
                     by_head: dict[tuple[str, int], set[str]]) -> dict[tuple[str, int], set[str]]:
    """The names of the candidate sentences of each paragraph (not of all its sentences), but for
    a body a sentence names only as one of a list of suppliers or bidders (_listed_bodies); and
    the asked bodies the paragraph calls by their head noun (`by_head`)."""
    names: dict[tuple[str, int], set[str]] = defaultdict(set)
    for sid, s in sentences.items():
        names[(s.article_id, s.paragraph)].update(facts[sid].unlisted_names)
    for where, keys in by_head.items():
        names[where].update(keys)
    return names


def _paragraphs_by_head(store: Store, sentences: dict[int, SentenceRow],
                        heads: dict[tuple[str, int], set[str]]) -> dict[tuple[str, int], set[str]]:
    """ "... at Kwinana, where the co-operative is spending A$86 million. Chief executive Graham
    Pollard said about 45% of this season's barley intake would be sold to China": a paragraph
    calling an asked body by its head noun is about it, as if it named it, in every sentence.
    Only a body named in that paragraph or the one before: "the bank" after a paragraph on a
    bidder is the bidder, not the central bank named later."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for where in {(s.article_id, s.paragraph) for s in sentences.values()}:
        called = {key for (article, key), nouns in heads.items() if article == where[0] and nouns}
        if not called:
            continue
        text = normalise_name(store.paragraph(*where) or "")
        before = normalise_name(store.paragraph(where[0], where[1] - 1) or "") if where[1] > 1 else ""
        out[where] = {key for key in called if _called_by_head(heads[(where[0], key)], text)
                      and f" {key} " in f" {before} {text} "}
    return out


# "Halvorsen Energy, Singapore's Meridian Gas Trading and Oman's Al Sawadi LNG": what joins one
# body of a list to the next, a word or three of who it is included.
_BODY_LIST_GAP = lazy_compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:[\w'’.-]+\s+){0,3}")


def _listed_bodies(text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> frozenset[str]:
    """The keys of the bodies a sentence names only as one of three or more in a list ("signed the
    contracts with suppliers including Halvorsen Energy, Singapore's Meridian Gas Trading and
    Oman's Al Sawadi LNG"): the next sentence's "The first 24 cargoes" is no one of them's."""
    # (a body the story gives no kind, "Al Sawadi LNG", by a name of words; no "Trade, Industry
    # and Competition Minister")
    bodies = sorted(((m, e) for m, e in mentions if e.kind == "org" or e.kind == "other" and " " in e.name), key=lambda me: me[0].start)
    if len(bodies) < 3:
        return frozenset()
    runs: list[list[tuple[MentionRow, EntityRow]]] = [[bodies[0]]]
    for me in bodies[1:]:
        prev = runs[-1][-1][0]
        if prev.end <= me[0].start and _BODY_LIST_GAP.fullmatch(text, prev.end, me[0].start):
            runs[-1].append(me)
        else:
            runs.append([me])
    listed = {e.id for run in runs if len({e.id for _, e in run}) >= 3 for _, e in run}
    alone = {e.id for run in runs if len({e.id for _, e in run}) < 3 for _, e in run}
    return frozenset(k for _, e in bodies if e.id in listed and e.id not in alone for k in _entity_keys(e))


def _entity_keys(entity: EntityRow) -> frozenset[str]:
    return _name_keys(entity.name, entity.aliases)


@lru_cache(maxsize=65536)
def _name_keys(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalise_name(n) for n in (name, *aliases))


class _SentenceFacts(NamedTuple):
    """What scoring reads of one sentence whatever the question: worked out once per store handle
    (store.memo; a write clears it), not once per question that meets the sentence."""

    names: frozenset[str]  # the keys of every entity the sentence names
    mention_keys: tuple[frozenset[str], ...]  # per mention, in order: its entity's keys
    figure_keys: frozenset[str]  # see _figure_keys
    own_terms: frozenset[str]  # the sentence's terms and its figure keys
    normalised: str  # normalise_name of the text
    flags: _TextFlags
    event_times: tuple[TimeRow, ...]  # see _event_times
    names_body: bool  # it names an organisation or another body ("Elektra Markt"), not only places or people
    place_lists: tuple[_PlaceList, ...]  # see _place_lists
    # The span in days of the period the sentence names by a word ("in the quarter": 89 to 92),
    # else None: read by _period_agreement for every question that asks a period.
    anaphoric_span: tuple[int, int] | None
    # _entity_agreement's reads, per asked name of every question that meets the sentence: the
    # normalised text padded with a space each side (a name is in it when " name " is), and the
    # mentions of each entity kind with their keys, in order (its rivals of that kind).
    padded: str
    by_kind: dict[str, tuple[tuple[MentionRow, EntityRow, frozenset[str]], ...]]
    # Its event times are some, each the time of what its figure is set against (_compared_with):
    # _period_agreement's first test, the same for every question that asks a period.
    all_compared: bool
    # The keys of places it names only by an adjective ("Swedish battery maker Nordvolt"): a
    # weaker sign of what it is about than "Sweden will provide".
    adjective_keys: frozenset[str]
    whole_trade: bool  # "as total imports rose 14.8%": see _THE_WHOLE
    event_words: frozenset[str]  # see _event_words and _speaker_words
    body_roles: frozenset[str]  # see _body_roles
    # "would raise the cap ... from January 1": a change from a day on, no span with two ends;
    # the start is when the change happens.
    starts_from: tuple[TimeRow, ...]
    # Its names but a body it names only as one of a list (_listed_bodies): what it adds to its
    # paragraph's names (_paragraph_names), found once per sentence, not once per question.
    unlisted_names: frozenset[str]
    # _found_only_in_names' reads of the sentence, whatever measure is asked: its bodies' names
    # joined, their keys and the keys of the words outside them (_org_name_words); None when it
    # names no body. Each was two phrase_keys of fresh strings per figure question meeting it.
    org_names: tuple[str, frozenset[str], frozenset[str]] | None = None
    # The unions whose governing bodies it names (_union_body_stem of each body): _entity_agreement
    # read them per key asked and candidate, normalising and matching every body's name each time.
    union_bodies: frozenset[str] = frozenset()
    # Whether a "when" clause is anywhere in it (_WHEN_CLAUSE): none, and no time of it is dated by
    # one (_dating_when_clause, asked of every candidate of a question with a period).
    when_clause: bool = False
    # The lower-case word right after an opening "The" ("The project is 60% owned by ..."), else "":
    # _score's test of a bare head asked (_opens_with_bare_head), per missing word and candidate.
    bare_head: str = ""
    # The spans of its mentions that may lead it as its subject (_rivals_of's `leading`), whatever
    # names are asked: two patterns per mention were matched per candidate of each question.
    leads: frozenset[tuple[int, int]] = frozenset()

    @classmethod
    def of(cls, store: Store, s: SentenceRow, rows: _SentenceRows) -> _SentenceFacts:
        return store.memo("sentence_facts", s.id, lambda: cls.compute(s, rows.mentions[s.id], rows.figures[s.id], rows.times[s.id]))

    @classmethod
    def compute(cls, s: SentenceRow, mentions: list[tuple[MentionRow, EntityRow]], figures: list[FigureRow],
                times: list[TimeRow]) -> _SentenceFacts:
        mention_keys = tuple(_entity_keys(e) for _, e in mentions)
        figure_keys = _figure_keys(figures, s.text)
        normalised = normalise_name(s.text)
        by_kind: dict[str, list[tuple[MentionRow, EntityRow, frozenset[str]]]] = defaultdict(list)
        for (m, e), keys in zip(mentions, mention_keys):
            by_kind[e.kind].append((m, e, keys))
        event_times = tuple(_event_times(s.text, times))
        names = frozenset().union(*mention_keys)
        listed = _listed_bodies(s.text, mentions)
        return cls(names, mention_keys, figure_keys, s.terms | figure_keys | _roles_said(mentions) | _acronyms_spelled(s.text, mentions),
                   normalised, _text_flags(s.text), event_times,
                   any(e.kind in ("org", "other") for _, e in mentions), _place_lists(s.text, mentions, figures),
                   _anaphoric_span(s.text), f" {normalised} ", {kind: tuple(group) for kind, group in by_kind.items()},
                   _all_compared(s.text, times, event_times),
                   _adjective_keys(s.text, mentions, mention_keys), bool(_THE_WHOLE.search(s.text)),
                   _event_words(s.text) | _speaker_words(s.text, mentions), _body_roles(mentions), tuple(t for t in times if t.anchor == "from" and t.open_end and t.start_date),
                   names - listed if listed else names, _org_name_words(s.text, mentions),
                   frozenset(stem for _, e in mentions if e.kind == "org" and (stem := _union_body_stem(e.name))),
                   _WHEN_CLAUSE.search(s.text) is not None, _bare_head(s.text), _leads(s.text, mentions))


def _bare_head(text: str) -> str:
    """The word _opens_with_bare_head compares with the head asked: after an opening "The "."""
    opening = GOES_ON.match(text)
    return opening.group(1).lower() if opening and text.startswith("The ") else ""


def _leads(text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> frozenset[tuple[int, int]]:
    """The (start, end) of each mention placed to lead the sentence as its subject: at its start
    or after a place's lead ("Southern Chiapas posted"), unless the sentence opens a quotation
    ("Mexico gives us ...") or the name is a body's home ("The Ningbo-based company")."""
    if text[:1] in "\"“‘'":
        return frozenset()
    return frozenset((m.start, m.end) for m, _ in mentions if (m.start <= 4 or m.start < 30 and _PLACE_LEAD.match(text, 0, m.start))
                     and not HOME_SUFFIX.match(text, m.end) and not _REGION_MEMBER.match(text, m.end))


# "Central Asia's most populous country, with about 37 million people, has turned to ...": a
# region owning a superlative country is the setting of the country the story tells of (the one
# asked), not the sentence's subject.
_REGION_MEMBER = lazy_compile(r"['’]s\s+(?:(?:most|least|second|third|[a-z]+est)[\w-]*\s+){1,2}(?:[a-z-]+\s+)?"
                              r"(?:country|nation|state|economy|republic|member)\b")


def _event_words(text: str) -> frozenset[str]:
    """The keys of words the sentence has only naming a gathering ("at an investment forum"): no
    investing it reports, which a figure question's "invested" asks; or a government office
    ("according to the provincial commerce department"): no trade it reports."""
    tokens, keys = analysed(text)
    if all(k.isdisjoint(_GATHERING_KEY) for k in keys) and not any(t.lemma in _OFFICE_HEADS for t in tokens):
        return frozenset()
    naming: set[str] = set()
    elsewhere: set[str] = set()
    for j, k in enumerate(keys):
        if _names_an_event_or_office(tokens, keys, j):
            naming |= k
        else:
            elsewhere |= k
    return frozenset(naming - elsewhere)


# "..., said Li Wei, general manager of Shanghai-based importer Red Dragon Wine Trading.": the
# closing words that say who spoke (a name, then what they are, no figure), not what the sentence reports.
_SPEAKER_TAIL = lazy_compile(r",\s+(?:said|says)\s+(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w.'’-]*,\s+[^,;\d\u201c\u201d\"]+\.?\s*$")


def _speaker_words(text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> frozenset[str]:
    """The keys the sentence has only in its closing attribution, or in the roles the story gives
    the person named there: "importer" there is the speaker's firm, no import a figure question's
    "import" asks. Posts stay ("how much does the economist expect ...")."""
    tail = _SPEAKER_TAIL.search(text)
    if tail is None:
        return frozenset()
    tokens, keys = analysed(text)
    told = frozenset().union(*(k for tok, k in zip(tokens, keys) if tok.start < tail.start()))
    roles = [role for m, e in mentions if e.kind == "person" and m.start >= tail.start() for role in e.roles]
    said = frozenset().union(*(k for tok, k in zip(tokens, keys) if tok.start >= tail.start() and is_content(tok)),
                             *(phrase_keys(role) for role in roles))
    return frozenset(k for k in said - told if k not in ROLES)


def _names_an_event_or_office(tokens: list[Token], keys: list[frozenset[str]], j: int) -> bool:
    if not (tokens[j].lower.isalpha() and is_content(tokens[j])):
        return False
    if j + 1 < len(keys) and (not keys[j + 1].isdisjoint(_GATHERING_KEY) or tokens[j + 1].lemma in _OFFICE_HEADS):
        return True
    # "the Ministry of Commerce"
    return j >= 2 and tokens[j - 1].lower == "of" and tokens[j - 2].lemma in _OFFICE_HEADS


# The heads of a government office's name, whose other words name its brief, not what it reports.
_OFFICE_HEADS = frozenset("ministry department bureau".split())


# The key every word for a gathering has (the lexicon's class: forum, summit, expo, fair ...).
_GATHERING_KEY = frozenset({"conference"})


def _roles_said(mentions: list[tuple[MentionRow, EntityRow]]) -> frozenset[str]:
    """ "... our top priority," Olivera told reporters: the sentence speaks of the Foreign Minister the
    story named Olivera as, though it says only his name."""
    roles = [role for _, e in mentions if e.kind == "person" for role in e.roles]
    return frozenset().union(*(phrase_keys(role) for role in roles)) if roles else frozenset()


def _body_roles(mentions: list[tuple[MentionRow, EntityRow]]) -> frozenset[str]:
    """ "Xinhe chairman Lu Weiming told reporters": the sentence names the carmaker the story called
    Xinhe ("Chinese carmaker Xinhe Motor Group"), though it says only the name; the keys of the
    kinds the story gives the bodies it names."""
    roles = [role for _, e in mentions if e.kind == "org" for role in e.roles]
    return frozenset().union(*(phrase_keys(role) for role in roles)) if roles else frozenset()


def _acronyms_spelled(text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> frozenset[str]:
    """ "GACA is targeting 320 million passengers a year": the sentence speaks of the General
    Authority of Civil Aviation the story spelled out before, though it writes only the letters, so
    "the civil aviation authority" asked is named."""
    spelled = [e.name for m, e in mentions if e.kind in ("org", "other") and " " in e.name
               and (said := text[m.start : m.end]).isupper() and " " not in said]
    return frozenset().union(*(phrase_keys(name) for name in spelled)) if spelled else frozenset()


def _adjective_keys(text: str, mentions: list[tuple[MentionRow, EntityRow]], mention_keys: tuple[frozenset[str], ...]) -> frozenset[str]:
    """_SentenceFacts.adjective_keys: the keys of places every mention of which is a demonym
    describing a body named right after it ("Swedish battery maker Nordvolt"; "Chinese arrivals"
    are still China's)."""
    adjective: set[str] = set()
    named: set[str] = set()
    starts = sorted(m.start for m, e in mentions if e.kind != "place")
    for (m, e), keys in zip(mentions, mention_keys):
        if e.kind != "place":
            continue
        body = next((b for b in starts if b > m.end), None)
        if text[m.start : m.end].lower() in DEMONYMS and body is not None and _DESCRIBING.fullmatch(text, m.end, body):
            adjective |= keys
        else:
            named |= keys
    return frozenset(adjective - named)


_DESCRIBING = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")


# '," Qureshi said': a quote told by a bare name.
_BARE_SPEAKER = lazy_compile(r"[,.?!][\"”]\s+([A-Z][\w’'-]+)\s+(?:said|says|told|added)\b")


def _untitled_speaker(text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> bool:
    """The quote is told by a bare name the story gives no title ('," Qureshi said', where
    "Planning Minister Javed Akhtar Qureshi" was run into another name)."""
    m = _BARE_SPEAKER.search(text)
    return m is not None and any(mention.start <= m.start(1) < mention.end and not e.roles for mention, e in mentions)


class _Asked(NamedTuple):
    """What scoring reads of the question, the same for every candidate sentence: worked out once
    per gather. The flags say which text checks can find anything, so the others are skipped."""

    required: list[Term]  # shared and read only
    keys: frozenset[str]  # the entity keys asked
    strict: bool  # see _enough
    top: bool  # see _asks_top
    running_total: bool
    qualifiers: bool  # "a 20-foot container": see _other_qualifier_number
    route: bool  # "from Rotterdam to Shanghai": see _other_route
    sides: bool  # "after the results": see _other_side_of
    superlatives: bool  # see _superlative_fit
    period_words: bool  # "for the quarter" with no date asked: see _period_words_dated
    total: bool  # "combined", "in total": a sum is asked (ASKS_TOTAL), so a list's figure may answer
    titles: tuple[str, ...]  # "chief executive" written out: the exact titles asked (TITLE_EXACT)
    named: dict[int, bool]  # named_by(entity, keys) by entity id, filled as _only_in_a_list asks
    list_kind: Term | None  # see _list_kind
    destination: str  # "exports to Canada" beside another name asked: see _other_destination
    origin: str  # "imports from Russia" beside another name asked: the same, after "from"
    soft: bool  # a required word that is never missing ("take in"): see Term.soft
    kinds: bool  # "what types of citrus ...": several kinds asked in so many words, see _list_of_the_kind
    led: tuple[Term, ...]  # "who led the Russian delegation?": the words of what is led, see _led_terms
    owners: frozenset[str]  # "the workers' union": a plural owner asked, see _plural_owners
    paying: tuple[Term, ...] = ()  # "how much has it paid for energy?": the verbs of paying, see _PAYMENT_NAMES
    capacity: tuple[Term, ...] = ()  # "how much capacity would it add?": met by a rate of output (_CAPACITY_RATE)
    called: tuple[Term, ...] = ()  # "volume at the port": the kinds of place asked by "the", see _called_by_role
    majority: tuple[Term, ...] = ()  # "lent most of the money", "a majority stake": met by a share over half, see _MAJORITY
    counted: tuple[Term, ...] = ()  # "tonnes of rice": the thing a unit asked counts, see _counted_terms
    stake: tuple[Term, ...] = ()  # "which company has a stake in the port?", "X's stake in the JV": met by a share owned, see _OWNED
    bought: tuple[Term, ...] = ()  # "how much did China buy?": met by "China took 11.2 million tonnes", see _took_by_asked
    goal: tuple[Term, ...] = ()  # "the production goal for 2030": met by a figure to come, see _TO_COME
    invested: tuple[Term, ...] = ()  # "which company is investing in Dala?": met by a stake bought, see _STAKE_TAKEN
    buyer: str = ""  # "how much beef did America buy?" beside a seller asked: the buyer's key, see _asked_buyer
    rivals: dict[tuple[int, str], _Rivals] | None = None  # _rivals_of by sentence and kind for these keys asked, if kept
    # Whether any required word can be among a candidate's missing ones that _score's rules read
    # (its missing words are required words): when none can, a rule's scan of them is skipped.
    costs: bool = False  # a word with the key "cost": see _priced_after
    prices: bool = False  # a word with the key "price": see _priced_per_unit
    earns: bool = False  # money asked with a verb of earning: see _EARNING_VERBS
    worded: bool = False  # "what word ...": see WORD_KINDS
    measured: bool = False  # a measure that is no size word: the "measures something else" check
    ordinal_or_end: bool = False  # an ordinal, or a when-question's ending: the "names no" check
    ways: tuple[tuple[str, str], ...] = ()  # "into Mombasa": the ways asked through places, see _ways_asked
    qualifier: str = ""  # see _nation_of_place_asked
    # _score's reads of the question text alone, once per question where each candidate asked again:
    done: str = ""  # "who organised the conference?": the verb in lower case (_WHO_DID), a who-question's
    kind: Term | None = None  # "what top speed will trains reach?": _asked_kind, a what-question's
    posts: dict[Term, tuple[Term, str, bool]] | None = None  # a who-question's posts with a portfolio: see _post_pairs
    asks_end: bool = False  # "when did the war end?": _ASKS_END, a when-question's asking an ending word
    build_cost: bool = False  # "how much did the first phase cost to build?": see _BUILD_COST
    first: str = ""  # "the first phase": the word of a first stage asked, met by no later one (_LATER_STAGES)

    @classmethod
    def of(cls, query: Query, named: dict[int, bool] | None = None,
           rivals: dict[tuple[int, str], _Rivals] | None = None) -> _Asked:
        """`named`: the store's named_by of each entity for these keys asked, if kept (_named_by_keys);
        `rivals`: the store's _rivals_of results for them, if kept (_rivals_kept)."""
        required = query.required
        # The flags and terms read from the required words, in one pass over them, where a
        # generator per field walked them a dozen times (each field as it ever was).
        words = _RequiredWords.of(required)
        strict = query.intent in ("figure", "derived") or (query.intent == "who" and (
            words.roles or _copular_who(query.text)))
        return cls(required, frozenset(query.entity_keys), strict, _asks_top(query.text),
                   query.intent in ("figure", "derived") and _asks_running_total(query.text) and not times_compared(query)
                   and not _GAIN_SINCE.search(query.text),
                   bool(_numbered_qualifiers(query.text)), _asked_route(query.text, tuple(query.entity_keys)) is not None,
                   bool(_sides(query.text)), bool(_superlatives(query.text)),
                   # "did the company's sales grow in the quarter?" asks of a figure, too
                   query.intent in ("figure", "derived", "yesno") and _names_a_period_only(query),
                   bool(ASKS_TOTAL_GUARDED.search(query.text)), _titles_written_out(query), {} if named is None else named, _list_kind(query),
                   _asked_destination(query.text, tuple(query.entity_keys)),
                   _asked_destination(query.text, tuple(query.entity_keys), "from"), words.soft,
                   query.intent == "what" and asks_kinds(query.text), _led_terms(query),
                   _plural_owners(query) if query.intent == "who" else frozenset(),
                   tuple(words.paying) if query.intent in ("figure", "derived") else (),
                   tuple(words.capacity) if query.intent in ("figure", "derived") else (),
                   _kinds_called(query), _majority_terms(query), _counted_terms(query),
                   tuple(words.stake) if query.intent in ("who", "figure", "what") else (),
                   tuple(words.bought) if query.intent in ("figure", "derived") and query.entity_keys else (),
                   _goal_terms(query.text, words.goals) if query.intent in ("figure", "derived") else (),
                   # only a who-question: "how much is it investing?" wants money, not a stake's share
                   tuple(words.invested) if query.intent == "who" else (),
                   _asked_buyer(query.text, tuple(query.entity_keys)) if query.intent in ("figure", "derived") else "", rivals,
                   words.costs, words.prices,
                   query.wants == "money" and words.earns,
                   query.intent == "what" and words.worded,
                   words.measured,
                   words.ordinal or (query.intent == "when" and words.ending),
                   _ways_asked(query.text, tuple(query.entity_keys)), _nation_of_place_asked(query),
                   _done_asked(query.text) if query.intent == "who" else "", _asked_kind(query) if query.intent == "what" else None,
                   _post_pairs(query) if query.intent == "who" else None,
                   query.intent == "when" and words.ending and _ASKS_END.match(query.text) is not None,
                   query.intent in ("figure", "derived") and _asks_build_cost(query.text),
                   words.first)


@dataclass(slots=True)
class _RequiredWords:
    """What _Asked.of reads of the required words, gathered in one pass over them."""

    soft: bool = False  # any soft (Term.soft)
    roles: bool = False  # any a role (ROLES)
    costs: bool = False  # any with the key "cost"
    prices: bool = False  # any with the key "price"
    earns: bool = False  # any a verb of earning (_EARNING_VERBS)
    worded: bool = False  # any a kind of word (WORD_KINDS)
    measured: bool = False  # any a measure that is no value word
    ordinal: bool = False  # any an ordinal (_ORDINAL_WORDS)
    ending: bool = False  # any an ending word (_ENDING)
    first: str = ""  # the first one naming a first stage (_FIRST_STAGE), as written
    paying: list[Term] = field(default_factory=list)  # those with a key of paying (_PAYING_KEYS)
    capacity: list[Term] = field(default_factory=list)  # "capacity"
    stake: list[Term] = field(default_factory=list)  # "stake"
    bought: list[Term] = field(default_factory=list)  # a verb of buying asked (_BUYING_ASKED)
    goals: list[Term] = field(default_factory=list)  # an aim (_GOALS)
    invested: list[Term] = field(default_factory=list)  # with the key "invest"

    @classmethod
    def of(cls, required: list[Term]) -> _RequiredWords:
        out = cls()
        for t in required:
            lemma_, keys = t.lemma, t.keys
            if t.soft:
                out.soft = True
            if lemma_ in ROLES:
                out.roles = True
            if "cost" in keys:
                out.costs = True
            if "price" in keys:
                out.prices = True
            if lemma_ in _EARNING_VERBS:
                out.earns = True
            if lemma_ in WORD_KINDS:
                out.worded = True
            if (lemma_ in MEASURES or keys & MEASURES) and lemma_ not in VALUE_WORDS:
                out.measured = True
            if lemma_ in _ORDINAL_WORDS:
                out.ordinal = True
            if lemma_ in _ENDING:
                out.ending = True
            if lemma_ in _FIRST_STAGE and not out.first:
                out.first = t.word
            if keys & _PAYING_KEYS:
                out.paying.append(t)
            if lemma_ == "capacity":
                out.capacity.append(t)
            elif lemma_ == "stake":
                out.stake.append(t)
            if lemma_ in _BUYING_ASKED:
                out.bought.append(t)
            if lemma_ in _GOALS:
                out.goals.append(t)
            if "invest" in keys:
                out.invested.append(t)
        return out


def _goal_terms(question: str, required: list[Term]) -> tuple[Term, ...]:
    """The required words naming an aim, unless the question asks a past one (_ASKED_BEFORE): the
    pattern searched only when there is such a word (few questions have one)."""
    goals = tuple(t for t in required if t.lemma in _GOALS)
    return goals if goals and not _ASKED_BEFORE.search(question) else ()


def _done_asked(question: str) -> str:
    """The verb of "who <verb>ed the ...?" in lower case (_WHO_DID), else ""."""
    done = _WHO_DID.match(question)
    return done.group(1).lower() if done is not None else ""


def _post_pairs(query: Query) -> dict[Term, tuple[Term, str, bool]]:
    """Per required word written right before a post asked ("transport minister"): that post
    word, the two words as written, and whether the word names no portfolio (_NO_PORTFOLIO); what
    _post_qualifiers_unsaid and _post_qualifiers_missing read, a function of the question alone.
    Keyed by the Term (equal by its fields, as `in` reads the candidate's lists)."""
    lower = query.text.lower()
    pairs: dict[Term, tuple[Term, str, bool]] = {}
    for t in query.terms:
        if not t.required or t.lemma in ROLES:
            continue
        head = next((h for h in query.terms if h.position == t.position + 1), None)
        if head is not None and head.lemma in ROLES and (post := f"{t.word} {head.word}").lower() in lower:
            pairs[t] = (head, post, t.lemma in _NO_PORTFOLIO)
    return pairs


# "how much did the first phase cost to build?", "its construction cost": what building it cost,
# which a price per unit it sells at ("sells power at 22.68 tenge per kWh") is not.
_BUILD_COST = lazy_compile(r"\bcost(?:s|ing)?\s+(?:\w+\s+)?to\s+(?:build|construct|develop|complete)\b"
                           r"|\b(?:construction|building)\s+costs?\b|\bcost\s+of\s+(?:building|constructing)\b", re.IGNORECASE)


def _asks_build_cost(text: str) -> bool:
    """Whether the question asks what building a thing cost (plain `in` tests before the pattern)."""
    lower = text.lower()
    return "cost" in lower and ("build" in lower or "construct" in lower or "develop" in lower or "complete" in lower) \
        and _BUILD_COST.search(text) is not None


def _keys_with(query: Query, key: str) -> tuple[str, ...]:
    """The keys of the entities asked that have this key, in their order (with repeats)."""
    return tuple(k for e in query.entities if key in _entity_keys(e) for k in _entity_keys(e))


# "how many tonnes of Uruguayan beef did America buy?": the place before a verb of buying.
_BUYER_ASKED = lazy_compile(r"\b(?:did|does|do|will|has|have)\s+(?:the\s+)?([a-z][\w.' -]*?)\s+(?:buy|purchase|import|take)\b",
                            re.IGNORECASE)


# "Imports from China dropped 11.6%": the story's own country buying, with no name for it.
_IMPORTS_FROM = lazy_compile(r"\b(?:imports|imported|purchases|bought)\s+from\b", re.IGNORECASE)


def _asked_buyer(question: str, keys: tuple[str, ...]) -> str:
    """The buyer asked in a question naming another place too (the seller): "" when there is none.
    The story is the seller's, so a sentence naming only the seller's sales is not the buyer's."""
    if len(keys) < 2 or (m := _BUYER_ASKED.search(question)) is None:
        return ""
    said = m.group(1).lower()
    spelled = {normalise_name(p) for p in (canonical_place(said),) if p}
    return next((k for k in keys if said == k or k in spelled), "")


# "agreed to buy a 24.5% stake in Dala", "took a 10% stake": buying a stake is investing in the company.
_STAKE_TAKEN = lazy_compile(r"\b(?:buy|buys|bought|buying|take|takes|took|taking|acquire|acquires|acquired|acquiring)\s+an?\s+\d[\d.]*%\s+stake\b")


# "whats the production goal for 2030" / "output would reach ... 12 million tonnes a year by 2030":
# a level the sentence says is to come is the one aimed at, with no word for the aim.
_GOALS = frozenset("goal target aim".split())
_ASKED_BEFORE = lazy_compile(r"\b(?i:was|were|did|had|last|previous|original|old)\b")  # a past aim is no level to come
_TO_COME = lazy_compile(r"\b(?:will|would|(?:is|are) (?:set|expected|due) to)\s+(?:[a-z]+\s+){0,2}?(?:reach|hit|rise|grow|climb|increase|top|exceed)\b")


def _counts_another_thing(counted: tuple[Term, ...], evidence: list[Evidence], store: Store) -> None:
    """A sentence missing the thing a unit asked counts states another thing's amount, however
    much else of the question it meets; unless the next sentence opens on that thing, splitting
    the amount told ("Cargo ... to 1.9 million tonnes. Coal made up 62% of that volume.")."""
    for e in evidence:
        uncounted = [t for t in counted if t in e.missing]
        if not uncounted or e.conflicts:
            continue
        s = e.sentence
        nxt = next((n for n in store.paragraph_sentences(s.article_id, s.paragraph) if n.index == s.index + 1), None)
        opening = phrase_keys(nxt.text.split(maxsplit=1)[0]) if nxt is not None and nxt.text.strip() else frozenset()
        if not any(t.keys & opening for t in uncounted):
            e.conflicts.append("counts no " + ", ".join(t.word for t in uncounted))


_OF_WORD = lazy_compile(r"\bof\b", re.IGNORECASE)


def _counted_terms(query: Query) -> tuple[Term, ...]:
    """The required words naming what a unit asked counts ("how many tonnes of rice"): another
    thing's tonnes ("Exports of beans ... climbed 12% to 188,000 tonnes") never answer, however
    much else of the question the sentence meets."""
    if query.intent not in ("figure", "derived") or not query.count_keys:
        return ()
    units = [t.word for t in query.terms if t.keys & query.count_keys]
    if not units or not _OF_WORD.search(query.text):
        return ()  # each pattern below needs "of": no pattern compiled per unit and word without it
    return tuple(t for t in query.required if not t.soft and not t.keys & query.count_keys and any(
        _unit_of_word(query.text, u, t.word) for u in units))


_SPACED_OF = lazy_compile(r"\s+of\s+", re.IGNORECASE)
_THE_SPACED = lazy_compile(r"the\s+", re.IGNORECASE)


def _unit_of_word(text: str, unit: str, word: str) -> bool:
    """re.search(rf"\\b{unit}\\s+of\\s+(?:the\\s+)?{word}\\b", text, re.IGNORECASE), both escaped, with
    no pattern compiled for the pair: the unit found by str.find, "of (the)" by patterns compiled
    once, the word tried right after "of" and after "of the"."""
    for i in literal_starts(text, unit, fold=True):
        if not at_boundary(text, i) or (m := _SPACED_OF.match(text, i + len(unit))) is None:
            continue
        ends = [m.end()] + ([the.end()] if (the := _THE_SPACED.match(text, m.end())) else [])
        if any(literal_at(text, e, word, fold=True) and at_boundary(text, e + len(word)) for e in ends):
            return True
    return False


# "which bank lent most of the money?" / "roughly 70% of it lent by the Export-Import Bank of
# China", "which company has the majority stake?" / "is 51% owned by": more than half, written as
# a share.
_MAJORITY = lazy_compile(r"\bmost\s+of\b|\bmajority\b", re.IGNORECASE)


def _majority_terms(query: Query) -> tuple[Term, ...]:
    """The required words asking who holds more than half ("most of", "majority"), if any. Only
    "who": a yes-no question names the holder, whom the share need not be ("did China take most
    of the exports?" / "Russia took 61% of those shipments, ... China 17%")."""
    spans = [m.span() for m in _MAJORITY.finditer(query.text)] if query.intent == "who" else []
    if not spans:
        return ()
    tokens = tokenize(query.text)
    return tuple(t for t in query.required if t.position < len(tokens) and t.lemma in ("most", "majority")
                 and any(a <= tokens[t.position].start < b for a, b in spans))


# The verbs a market's buying is asked in ("how many tonnes did India take?"); "took" is how a
# story says what a market bought, and so is a market "with" its amount ("India was the
# second-largest destination with 4.7 million tonnes").
_BUYING_ASKED = frozenset("buy purchase import take".split())
_TOOK = lazy_compile(r"\s+(?:(?:took|takes|take)\s+|(?:was|is|remained|remains|became|ranked)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:market|destination|buyer|importer|customer)\s+with\s+)"
                     r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|a\s+record\s+)?\$?\d")


def _took_by_asked(text: str, mentions: list[tuple[MentionRow, EntityRow]], keys: frozenset[str]) -> bool:
    """ "how much citrus did China buy?" / "China took 19.6 million cartons, ... the United States
    took 9.7 million": a place asked that takes an amount of what is sold is its buyer; another
    place's taking is no buying of the one asked."""
    return any(e.kind == "place" and named_by(e, keys) and _TOOK.match(text, m.end) for m, e in mentions)


_OWNED = lazy_compile(r"%\s+(?:owned|held|controlled)\s+by\b|\b(?:owns|own|holds|hold|controls)\s+(?:the\s+remaining\s+|about\s+|around\s+|nearly\s+|almost\s+)?\d[\d.]*%")


def _over_half(figures: list[FigureRow]) -> bool:
    return any(f.kind == "percent" and 50 < f.value <= 100 and not f.direction for f in figures)


_PAYING_KEYS = frozenset({"pay", "cost", "costing"})
_PAYMENT_NAMES = frozenset("bill price pric fee duty tariff levy toll".split())


# "Who heads the workers' union?", "the growers' cooperative": a plural owner names which body, not
# the role asked; "union chairman Jukka Lehtonen" heads it in a story of one union.
_PLURAL_OWNER = lazy_compile(r"\b([a-z]+s)['’](?=\s+[a-z])", re.IGNORECASE)


def _plural_owners(query: Query) -> frozenset[str]:
    """The words the question writes as plural owners before another word ("workers'")."""
    return frozenset(m[1].lower() for m in _PLURAL_OWNER.finditer(query.text))


# "which industries ...", "what other farm goods ...", "what kind of parts ...": the plural noun
# the answer's things are kinds of.
_ASKS_KINDS = lazy_compile(r"^\s*(?:what|which)\s+(?:other\s+|(?:kinds?|types?|sorts?)\s+of\s+)?((?:[\w-]+\s+){0,2}?)([a-z][\w-]*s)\b",
                           re.IGNORECASE)
# "housing, water and electricity, ... and transport", "steel, cement, aluminium and data
# centres": three things or more, words not figures; "Nordvik Telecom, the Nordic and Baltic
# operator" names one thing twice.
_LIST_ITEM = r"(?:\d[\d,.]*\s+(?!(?:million|billion|trillion|thousand|percent|per|tonnes|tons)\b))?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}"
# ... or things with a figure each: "mandarins at 27%, lemons at 21% and grapefruit at 9%".
_FIGURED_ITEM = r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}\s+(?:at|with)\s+(?:about\s+)?[$€£]?\d[\d,.]*(?:%|\s+(?:million|billion))?"
# ... or two names: "builds the Corvan compact SUV and the Brisa sedan".
HOLDS_LIST = lazy_compile(rf"\b{_LIST_ITEM},\s+(?!(?:the|a|an)\s){_LIST_ITEM}(?:,\s+{_LIST_ITEM})*,?\s+(?:and|or)\s+(?:\d[\d,.]*\s+)?[A-Za-z]"
                          rf"|\bthe\s+[A-Z][\w'’-]*(?:\s+[a-zA-Z][\w'’-]*){{0,2}}\s+(?:and|or)\s+the\s+[A-Z]"
                          rf"|\b{_FIGURED_ITEM},\s+{_FIGURED_ITEM}(?:,\s+{_FIGURED_ITEM})*,?\s+and\s+{_FIGURED_ITEM}"
                          # "agreements spanning from manufacturing and logistics to e-commerce and agriculture": a range of kinds
                          rf"|\b(?:span(?:s|ning|ned)?|rang(?:e|es|ing|ed))\s+(?:from\s+)?{_LIST_ITEM}\s+to\s+[A-Za-z]")


def _list_kind(query: Query) -> Term | None:
    """ "Which categories saw the biggest jumps?" asks for things of a kind: "The biggest rises
    were in housing, water and electricity, ... and transport" names them without the word."""
    if query.intent != "what":
        return None
    # "What kinds of cargo count as agribulk?": the word after "kinds of" is the kind, plural or not.
    of_kind = KINDS_OF.match(query.text)
    kind = next((t for t in query.required if t.word.lower() == of_kind.group(2).lower()), None) if of_kind and of_kind.group(2) else None
    if kind is None and of_kind and (of_kind.group(2) or "").lower() in PLURAL_THINGS:
        # "what kinds of goods does the zone ship out?": "goods" is no word to find, yet the kinds are
        # a list ("Glass fibre, polyester yarn, solar modules ... made up most of the shipments").
        kind = next((t for t in query.terms if t.word.lower() == of_kind.group(2).lower()), None)
    if kind is None:
        m = _ASKS_KINDS.match(query.text)
        if m is None:
            return None
        word = m.group(2).lower()
        kind = next((t for t in query.required if t.word.lower() == word and t.lemma != word), None)
    if kind is None or kind.lemma in gz.PLACE_NOUNS or kind.lemma in gz.PERSON_NOUNS:
        return None  # "which provinces": a place list's (places.py); "which analysts": a who
    return kind


# "What top speed will trains reach?", "which port did the ship use?": the kind of thing asked,
# named just before the verb; a sentence without it tells of the trains, not their speed.
_ASKS_WHAT_KIND = lazy_compile(r"^\s*(?:what|which)\s+(?:[a-z-]+\s+)?([a-z-]+)\s+(?:will|would|did|does|do|can|could|has|have|had)\b",
                               re.IGNORECASE)


# "who organised the conference?": a sentence naming no organising says who attended or hosted it,
# not who organised it. (Not "who provided the figures?": a source is told by "said", "according to".)
_WHO_DID = lazy_compile(r"^\s*who\s+([a-z]+(?:ed|ised|ized))\s+the\b(?!.*\b(?:figures?|data|statistics|numbers)\b)", re.IGNORECASE)


# "what adjective did Xi use for the gateway role?": a word asked for is one the sentence quotes
# ('a “pivotal” gateway'), which never says "word" itself.
WORD_KINDS = frozenset("word adjective term phrase expression label".split())
# A short quotation, a few words at most: a longer one is a statement, not a word used.
SHORT_QUOTE = lazy_compile(r"[\"“]([A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3})[\"”]")


def quoted_word(query: Query, text: str) -> str | None:
    """The word the sentence quotes when the question asks "what word/adjective ... did X use",
    else None."""
    kind = _asked_kind(query)
    if kind is None or kind.lemma not in WORD_KINDS:
        return None
    m = SHORT_QUOTE.search(text)
    return m.group(1) if m is not None else None


def _asked_kind(query: Query) -> Term | None:
    m = _ASKS_WHAT_KIND.match(query.text)
    if m is None:
        return None
    word = m.group(1).lower()
    # (a plural kind, "what areas does the deal cover?", is answered by a list that never says it)
    return next((t for t in query.required if t.word.lower() == word and t.lemma == word and not t.soft), None)


def _led_terms(query: Query) -> tuple[Term, ...]:
    """ "Who led the Russian delegation at the summit?": the required words of what a verb of
    leading has for its object, up to a preposition or the end ("delegation")."""
    if query.intent != "who":
        return ()
    tokens = tokenize(query.text)
    verb = next((i for i, tok in enumerate(tokens[:3]) if tok.lower in _LEADING_VERBS), None)
    if verb is None:
        return ()
    end = next((i for i in range(verb + 1, len(tokens)) if tokens[i].lower in _OBJECT_ENDS), len(tokens))
    # "who runs Veltra's Mexican business?": a body or a part of one is named by its name, not
    # its kind ("president of Veltra's Mexican unit"), or is "its" ("said its chairwoman").
    return tuple(t for t in query.terms if t.required and verb < t.position < end and t.lemma not in _BODY_PARTS)


_BODY_PARTS = gz.ORG_NOUNS | frozenset("""business operation arm division association federation union council committee
    board body organisation organization institute""".split())
_LEADING_VERBS = frozenset("led leads leading heads headed heading runs ran running chairs chaired chairing".split())
_OBJECT_ENDS = frozenset("at in on for during from to with of since after before".split())


def _titles_written_out(query: Query) -> tuple[str, ...]:
    """ "Who is the chief executive of Harwell?": the titles whose words the question writes out
    (one word, such as "CEO", is read from its term)."""
    if query.intent != "who":
        return ()
    lower = query.text.lower().replace("-", " ")  # "secretary-general" writes out "secretary general"
    lemmas = {t.lemma for t in query.terms}
    # (a phrase not in the text as a substring cannot match at word bounds: tested first, no
    # pattern is fetched for each of the titles' phrases of every who-question)
    return tuple(title for title, phrases in TITLE_EXACT.items()
                 if title not in lemmas and any(" " in p and p in lower and re.search(rf"\b{re.escape(p)}\b", lower) for p in phrases))


# The classes a kind belongs to (lexicon.KINDS read backwards): "durian" is a "fruit".
CLASSES_OF_KIND: dict[str, frozenset[str]] = {
    kind: frozenset(c for c, kinds in KINDS.items() if kind in kinds) for kinds in KINDS.values() for kind in kinds}
_THE_CLASS_BEFORE = lazy_compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _kind_by_its_class(t: Term, s: SentenceRow) -> bool:
    """ "Exporters sent 28,600 tonnes of the spiky fruit to China": a story names the kind asked
    ("durian") again by its class after "the", so the sentence speaks of it."""
    classes = CLASSES_OF_KIND[t.lemma]
    if classes.isdisjoint(s.terms):
        return False
    text = s.text
    return any(_THE_CLASS_BEFORE.search(text, max(0, a - 30), a) for c in classes for a, _ in word_spans(text, c, fold=True))


def _score(query: Query, asked: _Asked, s: SentenceRow, facts: _SentenceFacts, mentions: list[tuple[MentionRow, EntityRow]],
           figures: list[FigureRow], times: list[TimeRow], paragraph_names: set[str], article_date: date | None,
           boost_paragraph: tuple[str, int] | None, topics: dict[str, int], context: list[TimeRow],
           topic_terms: frozenset[str], kinds: dict[str, str], heads: dict[tuple[str, str], set[str]],
           carried: dict[str, str], periods: _AskedPeriods, lead: list[TimeRow], before: frozenset[str] | None = None,
           bodies: dict[tuple[str, str], frozenset[str]] | None = None, uncovered: _Uncovered | None = None,
           dropped: list[list[Term]] | None = None) -> Evidence | None:
    """The candidate's evidence; or None, its matched words added to `dropped`, when it finds no
    required word and `uncovered` lets it be left out (it would only conflict, "missing: ...")."""
    own = facts.own_terms
    # A term is found when its keys meet the sentence's own terms or the topic's: two disjointness
    # tests, where a union of the three sets was built for every candidate. One pass sorts them.
    matched: list[Term] = []
    missing: list[Term] = []
    found: list[Term] = []
    for t in query.terms:
        if not (t.keys.isdisjoint(own) and t.keys.isdisjoint(topic_terms)):
            matched.append(t)
            if t.required:
                found.append(t)
        elif t.required:
            if query.intent == "who" and not t.keys.isdisjoint(facts.body_roles) and t.lemma not in ROLES \
                    and any(u.lemma in ROLES for u in asked.required):
                # "Who's the chairman of the Chinese automaker?": "Xinhe chairman Lu Weiming", Xinhe
                # being the story's carmaker; the kind of the body whose post is asked, never the
                # post itself, nor the body asked ("which company is the biggest steelmaker?").
                matched.append(t)
                found.append(t)
                continue
            if query.intent == "who" and t.lemma in TITLE_EXACT and any(
                    e.kind == "person" and any(p in r.lower() for r in e.roles for p in TITLE_EXACT[t.lemma]) for _, e in mentions):
                # "who is the port boss?": "its director general Chea Sovannara" holds a post the
                # word stands for, though no word of it is a synonym of "boss".
                matched.append(t)
                found.append(t)
                continue
            if t in asked.called and any(e.kind == "place" and e.roles and not t.keys.isdisjoint(_role_keys(e))
                                         for _, e in mentions):
                matched.append(t)  # "Jebel Ali handled 3.9 million TEUs": the story's "Jebel Ali port"
                found.append(t)
                continue
            if t is asked.list_kind and _list_outside_names(s.text, mentions):
                matched.append(t)  # the things listed are of the kind asked
                found.append(t)
                continue
            if t.lemma == "currency" and _names_currency(s.text):
                matched.append(t)  # "how has the currency helped?": "A weaker rand ... made wines cheaper"
                found.append(t)
                continue
            if _closed_compound_of(t, s.terms):
                matched.append(t)  # "the EACOP line": "The 1,443-kilometre heated pipeline"
                found.append(t)
                continue
            # (only a sentence opening on "The <word>" can: most do not, and skip the question's terms)
            if facts.bare_head and _opens_with_bare_head(t, query, s.text):
                matched.append(t)  # "the warehouse project": "The project is 60% owned by ..."
                found.append(t)
                continue
            if t.lemma in CLASSES_OF_KIND and _kind_by_its_class(t, s):
                matched.append(t)  # "how much durian did DuriKing send?": "... the fruit still arrives fresh"
                found.append(t)
                continue
            missing.append(t)
    if facts.event_words and query.intent in ("figure", "derived"):
        # "how much have Kazakh companies invested?" against "signed 58 agreements worth $4.6
        # billion at an investment forum": the forum's kind, no investing stated.
        named_only = [t for t in found if t.keys & own <= facts.event_words and t.keys.isdisjoint(topic_terms)]
        if named_only:
            found = [t for t in found if t not in named_only]
            matched = [t for t in matched if t not in named_only]
            missing = missing + named_only
    if query.intent in ("figure", "derived") and (in_names := _found_only_in_names(query, found, facts.org_names, topic_terms)):
        # "Sierra Leone's imports from China" is no "$180 million loan from the Export-Import Bank
        # of China": a measure the sentence says only inside a body's name is not stated.
        found = [t for t in found if t not in in_names]
        matched = [t for t in matched if t not in in_names]
        missing = missing + in_names
    # "sales for the quarter" names its period with a word, not a date the question gives.
    other_period = _period_words_dated(query, missing, found, matched, [*times, *context], _dating_no_figure(figures, times)) \
        if asked.period_words else []
    required = asked.required
    # "why does the minister say they couldn't wait?": the speaker is no word of a quote told by a
    # name alone whose title the story never tied to it ('... any longer," Qureshi said'), but is
    # of any other (a titled name's title is the sentence's own: _roles_said).
    if asked.soft and any(t.soft for t in missing) and (query.intent != "why" or _untitled_speaker(s.text, mentions)):
        required = [t for t in required if not (t.soft and t in missing)]
        missing = [t for t in missing if not t.soft]
    if asked.paying and not s.terms.isdisjoint(_PAYMENT_NAMES) and (paid := [t for t in asked.paying if t in missing]):
        # "how much has the company paid for energy?" / "its energy bill ... reached 1.36 billion
        # euros", "watches costing over 3,000 francs" / "an export price above": the bill, price,
        # fee or duty is what is paid, with no verb of paying.
        required = [t for t in required if t not in paid]
        missing = [t for t in missing if t not in paid]
    if asked.capacity and (rated := [t for t in asked.capacity if t in missing]) \
            and any(f.kind == "quantity" and _CAPACITY_RATE.search(f.unit) for f in figures):
        # "would add 30 bcm a year", "can move 8 million tonnes per year": an amount stated as a rate
        # is what a line, plant or port can carry, its capacity, with no word for it.
        required = [t for t in required if t not in rated]
        missing = [t for t in missing if t not in rated]
    if asked.stake and (staked := [t for t in asked.stake if t in missing]) and _OWNED.search(s.text) \
            and any(f.kind == "percent" and not f.direction for f in figures):
        # "which company has the majority stake?" / "is 51% owned by national railway company
        # Kazakhstan Temir Zholy"; "What's the Chinese partner's stake in the JV?" / "Jiangsu Huaxin
        # owns 60% of the venture": a share owned is a stake, with no word for it.
        matched = matched + staked
        found = found + staked
        missing = [t for t in missing if t not in staked]
    if asked.invested and (put := [t for t in asked.invested if t in missing]) and _STAKE_TAKEN.search(s.text):
        # "which chinese company is investing in dala?" / "Tianshan agreed to buy a 24.5% stake in Dala"
        matched = matched + put
        found = found + put
        missing = [t for t in missing if t not in put]
    if asked.bought and (took := [t for t in asked.bought if t in missing]) and _took_by_asked(s.text, mentions, asked.keys):
        matched = matched + took
        found = found + took
        missing = [t for t in missing if t not in took]
    if asked.majority and (halves := [t for t in asked.majority if t in missing]) and _over_half(figures):
        matched = matched + halves
        found = found + halves
        missing = [t for t in missing if t not in halves]
    if asked.goal and (aimed := [t for t in asked.goal if t in missing]) and _TO_COME.search(s.text) and figures:
        matched = matched + aimed
        found = found + aimed
        missing = [t for t in missing if t not in aimed]
    if asked.costs and (priced := [t for t in missing if "cost" in t.keys]) and (_priced_after(found, s.text) or _priced_before(found, figures, s.text)):
        matched = matched + priced
        found = found + priced
        missing = [t for t in missing if t not in priced]
    if asked.earns and (earned := [t for t in missing if t.lemma in _EARNING_VERBS]) and (
            _flow_in_money(found, figures) or _sold_abroad_in_money(query, figures)):
        # "how much did Vietnam earn from seafood shipments?" / "seafood exports rose ... to $8.14
        # billion": a flow of goods told in money is what it earned, with no verb of earning.
        matched = matched + earned
        found = found + earned
        missing = [t for t in missing if t not in earned]
    if asked.prices and (priced := [t for t in missing if _priced_per_unit(t, figures, s.text)]):
        # "$160 per 1,000 cubic metres" is a price, unnamed (see _priced_per_unit)
        matched = matched + priced
        found = found + priced
        missing = [t for t in missing if t not in priced]
    if asked.worded and (worded := [t for t in missing if t.lemma in WORD_KINDS]) and quoted_word(query, s.text):
        matched = matched + worded
        found = found + worded
        missing = [t for t in missing if t not in worded]
    coverage = len(found) / len(required) if required else 1.0
    if uncovered is not None and dropped is not None and not found and required and uncovered.inert(s, mentions, figures):
        dropped.append(matched)
        return None
    # The word itself beats a synonym: "summit" finds the summit before the conference. The
    # counts the score adds up are taken here in one pass each (the lists are final now), where
    # a generator per count was made for every candidate.
    terms = s.terms
    exact = unrequired = 0
    for t in matched:
        if t.lemma in terms:
            exact += 1
        if not t.required:
            unrequired += 1
    headline_only = 0  # found only in the headline's topic
    for t in found:
        if t.keys.isdisjoint(terms) and t is not asked.list_kind:  # a list's kind is in no word of it
            headline_only += 1
    numbers_stated = sum(1 for v in query.numbers if any(v in (f.value, f.alt_value) for f in figures)) if query.numbers else 0
    evidence = Evidence(s, 0.0, coverage, matched, missing, mentions, figures, times, 0)
    if asked.buyer and not _IMPORTS_FROM.search(s.text) and not any(named_by(e, {asked.buyer}) for _, e in mentions):
        evidence.conflicts.append("names no buyer " + asked.buyer)
    if other_period:
        evidence.conflicts.append("period: the article gives another span than the " + ", ".join(other_period))
    hits, entity_conflicts = _entity_agreement(query, asked.keys, s, facts, paragraph_names, mentions, topics, kinds, heads, carried, before,
                                               bodies or {}, asked.rivals, asked.qualifier)
    evidence.entity_hits = hits
    evidence.conflicts.extend(entity_conflicts)
    if query.intent in ("figure", "derived") and asked.keys and facts.place_lists and not asked.total \
            and not any(PRICE_PER_UNIT.match(f.unit) for f in figures if f.kind == "money"):
        evidence.conflicts.extend(_only_in_a_list(asked.keys, facts.place_lists, mentions, asked.named, query.text, s.text))
    period_fit, period_conflict = _period_agreement(query, s, facts, article_date, context, periods, lead, times)
    if period_conflict and _spoke_then(query, s, times, periods.at(article_date)):
        period_fit, period_conflict = 1.0, ""
    if period_conflict:
        evidence.conflicts.append(period_conflict)
    strict = asked.strict
    if required and not _enough(required, coverage, strict=strict):
        evidence.conflicts.append("missing: " + ", ".join(t.word for t in missing))
    elif asked.soft and query.intent == "why" and any(not t.soft for t in required) and all(t in missing for t in required if not t.soft):
        # "why does the Indian trade minister say the imbalance can't go on?": the Russian trade
        # minister's reason for wanting more Indian goods names the speaker, not what was said.
        evidence.conflicts.append("missing what was said: " + ", ".join(t.word for t in missing))
    if query.intent == "who":
        # "Who's the CEO of X?": a president or whoever "led the segment" is no chief executive.
        # "the finance chief": the CFO, not the chief executive the sentence names.
        roles = [t.word for t in missing if (t.lemma in ROLES or t.keys & _CHIEF_TITLES and _titled_here(query, t)) and t.word.lower() not in asked.owners] + [
            t.word for t in matched if t.required and t.lemma in TITLE_EXACT and not any(p in s.text.lower() for p in TITLE_EXACT[t.lemma])] + [
            # "the chief executive of Harwell" written out: no "chief economist" answers it
            title for title in asked.titles if not any(p in s.text.lower() for p in TITLE_EXACT[title])]
        if asked.posts:
            roles += _post_qualifiers_unsaid(asked.posts, matched, s.terms) + _post_qualifiers_missing(asked.posts, missing, matched)
        led = [t for t in asked.led if not (t.word.lower() in asked.owners and t in missing)]
        if led and all(t in missing for t in led):
            # "who led the Russian delegation at the summit?": "Russian President Vladimir
            # Putin" leads a country; the sentence must name the delegation led.
            roles = roles + [t.word for t in led]
        if roles:
            evidence.conflicts.append("names no " + ", ".join(roles))
        elif strict:
            # "Who is CN's chief executive?": a name the question writes out that no list of bodies
            # knows ("CN") is still whose chief is asked; "Borealis Chief Executive Leah Okonkwo"
            # does not name it.
            # Typed in lowercase, a name is known by its word no dictionary has: "the ceo of erdenes
            # mongol" is not Erdenes Tavan Tolgoi's, the word after that one being part of the name.
            in_names = {u.position + 1 for u in found if not u.word[:1].isupper() and not is_known_word(u.word.lower())}
            unnamed = [t.word for t in missing if t.position > 0 and (t.word[:1].isupper() or t.position in in_names)
                       and t.lemma not in ROLES]
            if unnamed:
                evidence.conflicts.append("does not name " + ", ".join(unnamed))
    if query.intent in ("figure", "derived"):
        # "gold output" against "gold at $3,610 an ounce" under a headline about mining output:
        # the headline's measure is not this sentence's, which states another.
        # Only a term the topic supplies is borrowed: one a rule meets by what the sentence states
        # ("CMEG holds 49%" is a stake with no word for it) is the sentence's own.
        borrowed = [t for t in found if not t.keys & own and not t.keys.isdisjoint(topic_terms) and t.lemma in MEASURES
                    and not ("export" in t.keys and _sold_to_asked_place(query, s.text))]
        # (a ranking of the flow's partners, "China was the largest supplier, shipping 820,000
        # tonnes", measures the flow the paragraph before told, in the partners' own verb)
        if borrowed and not (s.index == 0 and _TOP_PARTNER_OPENING.match(s.text)):
            # ... or whose amounts measure something named ("a share buyback of 150 billion
            # yen", "sold 1.02 million vehicles") when the headline's "profit" was asked.
            measured = [phrase_keys(f.measure) for f in figures if f.measure and f.kind in ("money", "count")]
            # The sentence's own words, not its figure keys: "Vietnam supplied 2.21 million tonnes,
            # or about 75% of the total" under a rice-import headline states a percentage, which
            # is no other measure than the imports it splits.
            # A share of the total asked is one of the headline's whole, whatever verb the buyer
            # takes: "The United States remained the biggest market, buying $1.64 billion worth of
            # Chilean salmon, or 32% of the total" under a salmon-export headline.
            whole_shared = query.wants == "percent" and _SHARE_OF_TOTAL.search(s.text) is not None
            if not whole_shared and (terms & FIRM_MEASURES or (measured and not any(t.keys & keys for t in borrowed for keys in measured))):
                missing = missing + borrowed
        unmatched = [t.word for t in missing if (t.lemma in MEASURES or t.keys & MEASURES) and t.lemma not in VALUE_WORDS
                     and not _verb_of_a_named_measure(query, t, found)] if asked.measured else []
        # "PGMs slumped 9.8%" names no measure, so it is their output; "PGM exports slumped" is not.
        # A change asked is no other measure stated: "how much did remittances to Chiapas jump?"
        # against "Chiapas posted the fastest growth, with inflows surging 21.5%".
        if unmatched and ((s.terms & MEASURES) - (_CHANGE_MEASURES if query.direction else frozenset()) or len(found) < 2):
            evidence.conflicts.append("measures something else, not " + ", ".join(unmatched))
    # "how many containers did the second train carry?": the inaugural one is the first; an
    # ordinal asked is no word a paraphrase drops. And "when did the war end?" is not when it began.
    strict_missing = [t.word for t in missing if t.lemma in _ORDINAL_WORDS or (
        query.intent == "when" and t.lemma in _ENDING and asked.asks_end
        # ... but "when will the berth be finished?": "will add a container berth by 2027" has it
        # done by its deadline, which is the end asked
        and not any(x.anchor == "by" for x in times))] if asked.ordinal_or_end else []
    if asked.first and _later_stage(asked.first, missing, query, s.text):
        strict_missing.append(asked.first)
    if (kind := asked.kind) is not None and kind in missing:
        strict_missing.append(kind.word)
    if done := asked.done:
        strict_missing.extend(t.word for t in missing if t.word.lower() == done and not t.soft)
    if strict_missing:
        evidence.conflicts.append("names no " + ", ".join(strict_missing))
    unnamed = _months_of_a_stated_span(query, s.text, facts, periods.at(article_date)) if query.unknown_names else query.unknown_names
    if unnamed:
        evidence.conflicts.append("never names " + ", ".join(unnamed))
    if query.intent in ("figure", "derived"):
        # "onshore wind" asked, "offshore wind" stated; "profit" asked, "swung to a loss" stated;
        # "how wide at the bottom?", "100 metres wide at the top".
        contrary = [t.word for t in missing if says_opposite(t, own)]
        if contrary:
            evidence.conflicts.append("says the opposite of " + ", ".join(contrary))
    if asked.build_cost and (money := [f for f in figures if f.kind == "money"]) \
            and all(_PER_UNIT.match(s.text, f.end) or (f.unit and _PER_UNIT.match(" " + f.unit)) for f in money):
        # "how much did the first phase cost to build?" / "sells power at 22.68 tenge per kWh"
        evidence.conflicts.append("gives a price per unit, no cost of building")
    if query.intent in ("figure", "derived", "what") and query.kinds_of_measure:
        evidence.conflicts.extend(_other_kind_of_measure(query, s, [(m.start, m.end) for m, _ in mentions], topic_terms))
        if query.intent in ("figure", "derived"):
            evidence.conflicts.extend(_bare_measure(query, own, topic_terms, s.text))
    text_flags = facts.flags
    if asked.top and (text_flags.ranks_below_top or (_ever_asked(query.text) and _may_match(s.text, _ORDINAL_WORDS)
                                                     and _ORDINAL_SUPERLATIVE.search(s.text))):
        # "Which is the biggest steelmaker?" is not answered by "the second-largest steelmaker".
        # Asked of all time ("the largest ever"), a rank below the top outranks a bare superlative
        # of a period beside it: "The biggest single deal came in August, ..., the second-largest
        # commitment since construction began in 2014".
        evidence.conflicts.append("ranks below the top")
    if asked.running_total and not text_flags.running_total and not _inherits_running_total(times, context):
        # "How many containers has the hub handled since it opened?" is not one train's 55.
        evidence.conflicts.append("states no running total")
    if not required and not hits and period_fit <= 0 and not matched:
        evidence.conflicts.append("nothing in common")
    # Most questions name no numbered qualifier, route or side of an event: those checks are
    # skipped, in the same order as ever for those that do.
    if asked.qualifiers:
        evidence.conflicts.extend(_other_qualifier_number(query.text, s.text, s.terms))
    if asked.route:
        evidence.conflicts.extend(_other_route(query, s.text, facts.names))
    if asked.destination:
        evidence.conflicts.extend(_other_destination(asked.destination, asked.keys, s.text, mentions))
    if asked.origin and not asked.route:
        evidence.conflicts.extend(_other_destination(asked.origin, asked.keys, s.text, mentions, "from"))
    if ways := asked.ways:
        evidence.conflicts.extend(_other_way(ways, s.text))
    if asked.sides:
        evidence.conflicts.extend(_other_side_of(query.text, s.text))
    if query.intent == "figure" and query.direction and any(b.anchor == "since" for b in query.bases) \
            and not _states_base(query, s.text, times):
        # "How much has robusta gained since January?" is not its 3.1% rise on the day.
        evidence.conflicts.append("states no change since " + ", ".join(b.text for b in query.bases))
    evidence.score = (
        3.0 * coverage
        + 0.4 * exact
        + 0.5 * unrequired
        + 1.5 * hits
        + period_fit
        + 2.0 * numbers_stated
        + (1.0 if boost_paragraph == (s.article_id, s.paragraph) else 0.0)
        + (0.8 if query.bases and _states_base(query, s.text, times) else 0.0)
        - 0.02 * s.paragraph
        - (0.6 if s.paragraph == 0 else 0.0)  # a headline compresses; the body states it in full
        - (1.0 if text_flags.expectation and not asks_forecast(query) else 0.0)
        - 0.3 * headline_only
        + (_superlative_fit(query.text, s.text) if asked.superlatives else 0.0)
        # "what kind of parts does it make": "which makes brake systems, steering columns, ... and
        # wiring harnesses" over "one of Germany's biggest car-parts suppliers"; several are asked.
        + (_list_of_the_kind(asked.list_kind, own, s.text, mentions) if asked.list_kind is not None else 0.0)
        # "what types of citrus make up the exports?": "mandarins at 27%, lemons at 21% and grapefruit
        # at 9%" over the sentence on the exports that names one kind, citrus; types are several.
        + (0.6 if asked.kinds and asked.list_kind is not None
           and _list_outside_names(s.text, mentions, things=asked.list_kind.word.lower() in PLURAL_THINGS) else 0.0)
        # "Did the fund beat its benchmark?" asks about now: "A year earlier, ... beaten its benchmark" is the past.
        - (1.5 if query.intent == "yesno" and not query.times and _OPENS_IN_THE_PAST.match(s.text) else 0.0)
    )
    return evidence


def _names_currency(text: str) -> bool:
    """Whether the sentence names a currency as a thing of its own ("a weaker rand", "the yen"), not
    as the unit of an amount ("612 million rand"): a named currency is the currency asked of."""
    words = [t.lower for t in tokenize(text)]
    return any(is_currency_word(w) and i > 0 and parse_number(words[i - 1]) is None and not is_scale_word(words[i - 1])
               for i, w in enumerate(words))


def _closed_compound_of(t: Term, terms: frozenset[str]) -> bool:
    """Whether the sentence writes the asked word as the head of a closed compound ("pipeline" for
    "line"), its first part a word of its own: English joins such pairs without a space, and the
    compound is a kind of the head. Both parts of four letters or more, so "airport" is no "port"."""
    word = t.lemma
    if len(word) < 4 or not word.isalpha():
        return False
    return any(is_known_word(first) for first in _compound_splits(terms).get(word, ()))


@lru_cache(maxsize=4096)
def _compound_splits(terms: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Per possible head (four letters or more) of a sentence's alphabetic terms, the first parts
    (four letters or more) it would leave: one dictionary read per asked word, where testing every
    term's ending for every asked word of every candidate was 5% of answering. Kept by the
    sentence's terms alone (a pure function of strings; a frozenset keeps its hash)."""
    splits: dict[str, list[str]] = {}
    for w in terms:
        if w.isalpha():
            for cut in range(4, len(w) - 3):
                splits.setdefault(w[cut:], []).append(w[:cut])
    return {head: tuple(firsts) for head, firsts in splits.items()}


def _list_outside_names(text: str, mentions: list[tuple[MentionRow, EntityRow]], things: bool = False) -> re.Match[str] | None:
    """The first list of the sentence that is not a name's own words: "Japan's Ministry of
    Economy, Trade and Industry" lists no industries, nor "mostly from Brazil and the United
    States" any type of soybeans (the kind asked is never a place: _list_kind)."""
    for listed in _held_lists(text):
        comma = text.find(",", listed.start(), listed.end())
        if _lists_places(listed, text, mentions):
            continue
        if comma == -1 or not any(m.start < comma < m.end for m, _ in mentions):
            # "is shipping mainly to Kenya, Nigeria and Ghana": where goods go, no kinds of goods
            # ("which markets" are places, and keep them)
            if not (things and any(m.end == comma and e.kind == "place" for m, e in mentions)):
                return listed
    return None


@lru_cache(maxsize=4096)
def _held_lists(text: str) -> tuple[re.Match[str], ...]:
    """HOLDS_LIST's matches in the sentence, kept by its text (a pure function of it, in a bounded
    cache): _list_outside_names is asked up to three times per candidate of a question asking
    kinds, and each search of the long pattern cost some 60,000 instructions a sentence."""
    return tuple(HOLDS_LIST.finditer(text))


# What may stand between the places of a list of places: "the provinces of Liaoning, Heilongjiang and Jilin".
_PLACE_LIST_WORDS = gz.PLACE_NOUNS | frozenset(f"{n}s" for n in gz.PLACE_NOUNS) | frozenset("the of and or".split())


def _lists_places(listed: re.Match[str], text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> bool:
    """A list of named places lists no things of another kind: "what sanctions did the West put
    on China?" is not answered by "northeast China - comprising the provinces of Liaoning,
    Heilongjiang and Jilin" (a kind of place asked goes to places.py, never here). Nor does a
    clause whose comma only looked like a list's: "imported 99.4 million tonnes last year, mostly
    from Brazil and the United States" names where from after it."""
    a, b = listed.span()
    b += len(_LAST_ITEM.match(text, b).group())  # the list's match stops at the last item's first letter
    comma = text.find(",", a, b)
    return _only_places(a, b, mentions, text) or comma != -1 and _only_places(comma + 1, b, mentions, text, _PLACE_LIST_LEAD)


# The rest of a list's last item, up to two words: "... and t|he United States".
_LAST_ITEM = lazy_compile(r"[\w'’-]*(?:\s+[\w'’-]+)?")
# What may open the places after a clause's comma: ", mostly from Brazil and the United States".
_PLACE_LIST_LEAD = frozenset("from to mostly mainly largely chiefly primarily in".split())


def _only_places(a: int, b: int, mentions: list[tuple[MentionRow, EntityRow]], text: str, lead: frozenset[str] = frozenset()) -> bool:
    """Two places or more between a and b, and nothing else but the words that join them."""
    rest, at, places = [], a, 0
    for m, e in sorted(mentions, key=lambda me: me[0].start):
        if m.end <= a or m.start >= b:
            continue
        if e.kind != "place":
            return False
        rest.append(text[at : m.start])
        at, places = max(at, m.end), places + 1
    rest.append(text[at:b])
    return places >= 2 and all(w in _PLACE_LIST_WORDS or w in lead for w in _SENTENCE_WORDS.findall(" ".join(rest).lower()))


def _list_of_the_kind(kind: Term, own: frozenset[str], text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> float:
    """0.6 for a sentence that lists things; 1.6 when the kind asked is the list's own word: "the
    pharmaceutical, technology, medical devices and financial services sectors drove the increase",
    asked which industries were behind the jump, over the sentence on the jump that lists none."""
    listed = _list_outside_names(text, mentions, things=kind.word.lower() in PLURAL_THINGS)
    if listed is None:
        return 0.0
    if kind.keys.isdisjoint(own):
        return 0.6
    near = any(listed.start() - 40 <= a and b <= listed.end() + 40 for a, b in term_spots(text, [kind]))
    return 1.6 if near else 0.6


_CHANGE_MEASURES = frozenset({"growth"})
# "Sales of shelled groundnuts to China", "sales into Russia": the place the goods are sold to
_SALES_TO = lazy_compile(r"\b[Ss]ales\b(?:\s+of\s+(?:[\w-]+\s+){1,4}?)?\s*(?:to|into)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _sold_to_asked_place(query: Query, text: str) -> bool:
    """ "groundnut exports to China" of "Sales of shelled groundnuts to China rose 37.6%": sales to
    the foreign place asked are its exports, though the sentence never says "exports"."""
    asked = {canonical_place(e.name) for e in query.entities if canonical_place(e.name)}
    return any(canonical_place(m.group(1)) in asked or canonical_place(m.group(1).split()[0]) in asked
               for m in _SALES_TO.finditer(text)) if asked else False


def _verb_of_a_named_measure(query: Query, t: Term, found: list[Term]) -> bool:
    """ "how many tonnes of cathode is the trader taking?", "how many staff were sent home on
    unemployment insurance?": a verb that measures only through a synonym (taking as revenue,
    sending as exports) says what is done with the thing counted or measured, which the question
    names by another word the sentence has ("will buy 180,000 tonnes of copper cathode")."""
    if t.lemma in MEASURES or t.word.lower() in MEASURES or not t.keys & MEASURES or query.wants == "money":
        return False  # "how much did Mongolia earn from coal exports?": the earning is the money asked
    if not (_done_by_the_doer(query.text, t) or _completes_a_doers_verb(query, t) or _subject_of_the_asked_verb(query.text, t)):
        return False
    return any(u is not t and (u.lemma in MEASURES or u.keys & query.count_keys) for u in found)


def _subject_of_the_asked_verb(question: str, t: Term) -> bool:
    """ "what stake is the chinese buyer taking in the terminal?": a noun measuring only through a
    synonym (buyer as imports) that stands between the auxiliary and its verb is who does what is
    asked, the measure being named before it ("stake"), so "the group would take a 20% stake"
    answers it without the word."""
    spans = word_spans(question, t.word)  # (re.search of the word between \b's, compiling none)
    if not spans:
        return False
    start, end = spans[0]
    return _SUBJECT_BEFORE.search(question[:start]) is not None and _VERB_AFTER.match(question[end:]) is not None


def _subject_and_its_verb(question: str, asked: str) -> bool:
    """ "what stake is the chinese buyer taking": the words read as a kind of measure ("buyer
    taking") are the subject after its auxiliary and the verb in -ing or -ed."""
    words = asked.split()
    if len(words) < 2 or not words[-1].endswith(("ing", "ed")):
        return False
    m = re.search(rf"\b{re.escape(words[0])}\b", question, re.IGNORECASE)
    return m is not None and _SUBJECT_BEFORE.search(question[: m.start()]) is not None


# The auxiliary, a determiner and up to two modifiers ("is the chinese buyer"); then its verb.
_SUBJECT_BEFORE = lazy_compile(r"\b(?:is|are|was|were|did|does|do|will|would|has|have|had)\s+(?:the|a|an|its|their|this|that)"
                               r"(?:\s+[\w'-]+){0,2}\s+$", re.IGNORECASE)
_VERB_AFTER = lazy_compile(r"\s+[a-z]+(?:ing|ed)\b", re.IGNORECASE)


def _completes_a_doers_verb(query: Query, t: Term) -> bool:
    """ "were sent home": the word finishing the verb's phrase measures what the verb does (both
    "remittance" only as "money sent home"), so it is judged with the verb, not as a measure of its own."""
    verb = next((u for u in query.terms if u.position == t.position - 1), None)
    if verb is None or not verb.keys & t.keys & MEASURES:
        return False
    # "how many staff were sent home": in the passive the counted are the ones sent, no money.
    phrase = re.search(rf"\b{re.escape(verb.word)}\s+{re.escape(t.word)}\b", query.text)
    if phrase is None:
        return False
    return _BE_BEFORE.search(query.text[: phrase.start()]) is not None or _done_by_the_doer(query.text, verb)


_BE_BEFORE = lazy_compile(r"\b(?:is|are|was|were|be|being|been)\s+$", re.IGNORECASE)


_EARNING_VERBS = frozenset("earn earning".split())


@lru_cache(maxsize=1)
def _flow_keys() -> frozenset[str]:
    return frozenset().union(*(word_keys(w, w) for w in GOODS_FLOWS))


def _flow_in_money(found: list[Term], figures: list[FigureRow]) -> bool:
    """A flow of goods the question names (exports, shipments) that a sum of money measures."""
    flows = [t.keys & _flow_keys() for t in found if t.keys & _flow_keys()]
    return any(f.kind == "money" and f.measure and any(keys & phrase_keys(f.measure) for keys in flows) for f in figures)


_SOLD_ABROAD = frozenset("export shipment".split())


def _sold_abroad_in_money(query: Query, figures: list[FigureRow]) -> bool:
    """ "How much did Bangladesh earn from jute goods?" / "exports of jute goods rose ... to $312.4
    million": with no flow named, goods earned from are goods sold abroad; a flow the question
    names (imports, trade) is left to _flow_in_money."""
    if any(t.keys & _flow_keys() for t in query.terms):
        return False
    return any(f.kind == "money" and f.measure and phrase_keys(f.measure) & _SOLD_ABROAD for f in figures)


def _priced_per_unit(t: Term, figures: list[FigureRow], text: str) -> bool:
    """ "What price is Uzbekistan paying per thousand cubic meters?" / "Uzbekistan pays Gazprom $160
    per 1,000 cubic metres": an amount of money per unit of a thing is its price, unnamed."""
    return "price" in t.keys and any(f.kind == "money" and _PER_UNIT.match(text, f.end) for f in figures)


# ("$2 billion a year" is a sum over time, no price)
_PER_UNIT = lazy_compile(r"\s+(?:per|a|an|each)\s+(?:[\d,.]+\s+)?(?!(?:year|month|week|day|quarter|annum)s?\b)[a-z]", re.IGNORECASE)


# "The upgrade, worth 42.5 billion meticais": the worth set right after the thing names its price.
_WORTH_AFTER = lazy_compile(r"\W{0,3}(?:worth|valued at|priced at)\b", re.IGNORECASE)


def _priced_after(found: list[Term], text: str) -> bool:
    """ "what does the upgrade cost?" / "The upgrade, worth 42.5 billion meticais ($665 million),
    is financed by a loan": a thing asked whose worth the sentence sets right after its name is
    what it costs, though the sentence says no cost."""
    if "worth" not in text and "valued" not in text and "priced" not in text:
        return False
    # by any of its words: "the railway revamp" / "The upgrade, worth ..."
    asked = [u.keys for u in found if "cost" not in u.keys]
    tokens, keys = analysed(text)
    return any(_WORTH_AFTER.match(text, tok.end) for tok, k in zip(tokens, keys) if any(k & u for u in asked))


# "a 14.2 billion dirham ($1.46 billion) battery-cell plant", "an estimated $2 billion port": a sum
# set after an article, as a modifier of what follows, its other currency in brackets aside.
_ARTICLE_BEFORE_SUM = lazy_compile(r"\b(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_THING_AFTER_SUM = lazy_compile(r"(?:\s*\([^()]*\))?(?:\s+[A-Za-z][\w-]*){1,3}")


def _priced_before(found: list[Term], figures: list[FigureRow], text: str) -> bool:
    """ "how much is the plant costing?" / "broke ground on a 14.2 billion dirham battery-cell
    plant": a sum written as a modifier of the thing asked (within its next three words) is what
    it costs, though the sentence says no cost."""
    asked = [u.keys for u in found if "cost" not in u.keys]
    if not asked:
        return False
    sums = [f for f in figures if f.kind == "money" and not f.direction and not PRICE_PER_UNIT.match(f.unit)
            and _ARTICLE_BEFORE_SUM.search(text[:f.start])]
    if not sums:
        return False
    tokens, keys = analysed(text)
    for f in sums:
        m = _THING_AFTER_SUM.match(text, f.end)
        if m and any(f.end <= tok.start < m.end() and any(k & u for u in asked) for tok, k in zip(tokens, keys)):
            return True
    return False


# "is the trader taking", "were sent home", "will Borealis lose": what is done, after the
# auxiliary and the doer; a bare word only after one that takes a bare verb ("is the trade gap"
# is a noun), never right after "the" ("did the stock portfolio deliver").
_AFTER_AUXILIARY = lazy_compile(r"\b(?:is|are|was|were|be|being|been|did|does|do|will|would|can|could|should|has|have|had)"
                                r"\b(?:\s+[\w'-]+){1,5}\s+$", re.IGNORECASE)
_AFTER_BARE_AUXILIARY = lazy_compile(r"\b(?:did|does|do|will|would|can|could|should)\b(?:\s+[\w'-]+){1,4}\s+$", re.IGNORECASE)
_NOUN_BEFORE = frozenset("the a an its their his her our this that these those".split())


def _done_by_the_doer(question: str, t: Term) -> bool:
    word = t.word.lower()
    spans = word_spans(question, t.word)  # the first is re.search's match, with no pattern compiled
    if not spans or (word.endswith("s") and not word.endswith("ss")):
        return False  # "did stocks return": the plural is the doer
    before = question[: spans[0][0]]
    if before.split()[-1:] and (before.split()[-1].lower() in _NOUN_BEFORE or before.rstrip().endswith("'s")):
        return False
    if word == t.lemma:
        return bool(_AFTER_BARE_AUXILIARY.search(before))
    return bool(_AFTER_AUXILIARY.search(before))



_OPENS_IN_THE_PAST = lazy_compile(r"^(?:(?:a|one) year (?:earlier|ago|before)|last year|in the same period (?:of|last) )", re.IGNORECASE)


_BEFORE_AFTER = re.compile(r"\b(before|after|ahead of|prior to|following)\s+(?:the\s+|its\s+|their\s+)?(\w+)", re.IGNORECASE)
_SIDE = {"before": "before", "ahead of": "before", "prior to": "before", "after": "after", "following": "after"}


def _other_side_of(question: str, text: str) -> list[str]:
    """ "How did shares react after the results?" is not answered by "closed down 2.3% before the
    results": the same event, the other side of it."""
    # Most questions name no side of anything: nothing to read in the sentence then. Each side is
    # read once per text (a question meets a dozen sentences, a sentence many questions), where a
    # cache by the pair missed for every question asked for the first time.
    asked = _sides(question)
    if not asked:
        return []
    stated = _sides(text)
    return [f"{side} the {event}, not {'after' if side == 'before' else 'before'}"
            for side, event in stated - asked if ("after" if side == "before" else "before", event) in asked]


# 4,096 like the pair caches these replace: texts of many distinct questions, so keep it small
# (each full cache is about 1.5 MB at most).
@lru_cache(maxsize=4096)
def _sides(text: str) -> frozenset[tuple[str, str]]:
    """The (side, event) pairs a text states: ("before", "result") for "before the results".
    Built by inserting in match order, as a set comprehension does, so sets drawn from it
    iterate in the same order."""
    return frozenset((_SIDE[m.group(1).lower()], lemma(m.group(2))) for m in _BEFORE_AFTER_GUARDED.finditer(text))


# Each branch's first word ("ahead of" holds "ahead"): a text with none is not searched (Guarded).
_BEFORE_AFTER_GUARDED = Guarded(_BEFORE_AFTER, ("before", "after", "ahead", "prior", "following"), fold=True)


# (a number spelled out qualifies as its digits do: "five-year notes" are 5-year ones)
_NUMBERED_QUALIFIER = re.compile(r"\b(\d+(?:\.\d+)?|" + "|".join(sorted(SPELLED_NUMBERS, key=len, reverse=True))
                                 + r")-([a-z]+)\b", re.IGNORECASE)
_SPELLED_VALUES = {w: str(parse_number(w)).removesuffix(".0") for w in SPELLED_NUMBERS}


def _other_qualifier_number(question: str, text: str, terms: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """ "the rate for a 20-foot container" is not answered by the 40-foot one's; "the yield on the
    10-year notes" is not what a sentence naming no note gives ("produced ..., according to"
    meets "yield" and "notes" by their synonyms only): the thing qualified is the word itself."""
    conflicts: list[str] = []
    for number, noun in _numbered_qualifiers(question):  # none in most questions: the text is not read
        stated = {n for n, w in _numbered_qualifiers(text) if w.lower() == noun.lower()}
        if stated and number not in stated:
            conflicts.append(f"gives {', '.join(sorted(f'{n}-{noun}' for n in stated))}, not {number}-{noun}")
        elif not stated and terms and noun.lower() in _TENOR_NOUNS and number[:1].isdigit() \
                and (thing := _qualified_thing(question, number, noun)) and thing not in terms:
            conflicts.append(f"names no {number}-{noun} {thing}")
    return conflicts


_WRITTEN_SHORT = {"yr": "year", "yrs": "year", "ft": "foot"}  # as _numbered_qualifiers reads them
# The qualifiers that size or date a thing of their own ("10-year notes", "40-foot boxes"), whose
# thing must be written: not a count ("40-firms stat") nor a way ("two-way trade")
_TENOR_NOUNS = frozenset({"year", "foot", "metre", "meter"})


@lru_cache(maxsize=1024)
def _qualified_thing(question: str, number: str, noun: str) -> str:
    """The lemma of the word right after a question's "10-year" ("notes"), or "" when none
    (a "10-year" that ends the question, or is followed by a word of no content)."""
    for i, t in enumerate(tokens := tokenize(question)):
        if _WRITTEN_SHORT.get(t.lower, t.lower) == noun.lower() and i + 1 < len(tokens) and is_content(tokens[i + 1]) and tokens[i + 1].lower.isalpha():
            return tokens[i + 1].lemma
    return ""


@lru_cache(maxsize=4096)  # per text, question or sentence: a pair cache missed for every new question
def _numbered_qualifiers(text: str) -> tuple[tuple[str, str], ...]:
    if "ft" in text:
        # "a 20ft container" is a "20-foot" one, as the article writes it
        text = _FEET_WRITTEN_SHORT.sub(r"\1-foot", text)
    if "yr" in text:
        # "the 10yr notes", "10-yr bonds" are "10-year" ones
        text = _YEARS_WRITTEN_SHORT.sub(r"\1-year", text)
    return tuple((_SPELLED_VALUES.get(n.lower(), n), w) for n, w in _NUMBERED_QUALIFIER_GUARDED.findall(text))


_FEET_WRITTEN_SHORT = lazy_compile(r"\b(\d+)\s?ft\b")
_YEARS_WRITTEN_SHORT = lazy_compile(r"\b(\d+)[\s-]?yrs?\b")


# "20-foot": only a text with a hyphen is searched (Guarded).
_NUMBERED_QUALIFIER_GUARDED = Guarded(_NUMBERED_QUALIFIER, ("-",))


@lru_cache(maxsize=1024)
def _asked_route(question: str, keys: tuple[str, ...]) -> tuple[str, str] | None:
    if len(keys) < 2:
        return None
    asked = normalise_name(question)
    # The pattern needs both "from a" and "to b" in the text: test that first, so a pattern is
    # compiled (and searched) only for a pair the text could hold, not for every pair of names.
    return next(((a, b) for a in keys for b in keys if a != b and f"from {a}" in asked and f"to {b}" in asked
                 and _route_pattern(a, b, False).search(asked)), None)


# One pattern per pair of names, compiled once: built per pair and sentence, these flooded re's own
# cache (512 patterns) and were compiled again and again, evicting the modules' other patterns.
@lru_cache(maxsize=4096)
def _route_pattern(origin: str, destination: str, lazy: bool) -> re.Pattern[str]:
    gap = ".{0,40}?" if lazy else ".{0,40}"
    return re.compile(rf"\bfrom {re.escape(origin)}\b{gap}\bto {re.escape(destination)}\b")


@lru_cache(maxsize=1024)
def _asked_destination(question: str, keys: tuple[str, ...], end: str = "to") -> str:
    """The name asked after "to" (or `end`) in a question that names another too ("How much lumber
    does the US export to Canada?"): "" when there is none, or the question names one place only."""
    if len(keys) < 2:
        return ""
    for prep, said in _ends_asked(question):
        if prep == end:
            spelled = {normalise_name(p) for n in (1, 2) if (p := canonical_place(" ".join(said.split()[:n])))}
            found = next((k for k in keys if f"{said} ".startswith(k + " ") or k in spelled), "")
            if found:
                return found
    return ""


def _other_destination(destination: str, keys: frozenset[str], text: str, mentions: list[tuple[MentionRow, EntityRow]],
                       end: str = "to") -> list[str]:
    """ "the US export to Canada" is not answered by "Canada's lumber shipments to the United States":
    the other name asked stands after the sentence's "to", and the one asked there does not. So
    with "from" ("India's imports from Russia" against "Russian imports from India")."""
    written = _ends_written(text, tuple([m.start for m, _ in mentions]), end)
    if not written:
        return []
    ends = [(e, named_by(e, {destination})) for m, e in (mentions[i] for i in written)
            if not _people_asked_by_adjective(text, m, keys)]
    if not ends or any(to_asked for _, to_asked in ends):
        return []
    others = sorted({e.name for e, _ in ends if named_by(e, keys - {destination})})
    return [f"{end} {', '.join(others)}, not {end} {destination}"] if others else []


@lru_cache(maxsize=8192)
def _ends_written(text: str, starts: tuple[int, ...], end: str) -> tuple[int, ...]:
    """The mentions (by index; `starts`: where each begins) the sentence puts right after `end`
    ("to", "from") as where goods go or come from: not "opens China to", not "according to". A
    pure function of the sentence's strings, kept by them: _other_destination asked it of each
    candidate of every question naming an end, three patterns a mention (1.5 s of 135 s under
    cProfile over the seed sets), where the question's part (named_by) is all that changes."""
    return tuple(i for i, start in enumerate(starts)
                 if (before := _END_BEFORE.search(text, max(0, start - 10), start)) and before.group(1).lower() == end
                 and not _OPENED_TO.search(text, 0, start) and not _SOURCE_TO.search(text, 0, start))


def _people_asked_by_adjective(text: str, mention: MentionRow, keys: frozenset[str]) -> bool:
    """ "to promote AlUla to Chinese holidaymakers": a nation's adjective before a plain noun is its
    people, no place gone to, when the question too names that nation by the adjective ("how many
    chinese tourists came to saudi")."""
    said = text[mention.start : mention.end].lower()
    return said in DEMONYMS and said in keys and _PLAIN_NOUN_AFTER.match(text, mention.end) is not None


_PLAIN_NOUN_AFTER = lazy_compile(r"\s+[a-z]")
# "a protocol that opens China to Argentine chilled beef": what a market is opened to is let in, the
# market opened is where it goes.
# "according to the Ivorian Rubber Producers' Association": the "to" names who tells the figure,
# no end the goods went to.
_SOURCE_TO = lazy_compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_OPENED_TO = lazy_compile(r"\bopen(?:s|ed|ing)?\s+(?:up\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,3}?to\s+$", re.IGNORECASE)


def _other_route(query: Query, text: str, names: set[str]) -> list[str]:
    """ "From Rotterdam to Shanghai" is answered neither by "from Shanghai to Rotterdam" nor by
    "from Shanghai to Genoa": a route the question names is the sentence's route, both ends."""
    route = _asked_route(query.text, tuple(query.entity_keys))
    if route is None:
        return []
    stated = normalise_name(text)
    for x in names:
        for y in names:
            if (x != y and (x, y) != route and f"from {x}" in stated and f"to {y}" in stated  # as in _asked_route
                    and _route_pattern(x, y, True).search(stated)):
                return [f"from {x} to {y}, not from {route[0]} to {route[1]}"]
    # "from Dodoma to Dar es Salaam" is not answered by a train that "left Kwala ... and reached
    # Dodoma": a sentence that goes to the end the question leaves from, and never from it, runs
    # the other way, whatever its other end.
    if f"from {route[0]}" not in stated and _arrival_pattern(route[0]).search(stated):
        return [f"goes to {route[0]}, not from it"]
    # "went back from Dhaka to Benapole" is not "ran ... from Benapole, ..., to the depot in Dhaka":
    # a sentence that leaves from the end the question goes to, and never from its start, runs
    # the other way, however far its own end stands.
    if f"from {route[0]}" not in stated and _departure_pattern(route[1]).search(stated):
        return [f"leaves from {route[1]}, not for it"]
    return []


_INTO = {"into": "in", "out of": "out"}


@lru_cache(maxsize=1024)
def _ways_asked(question: str, keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """ "how much cargo did the railway bring into Mombasa": each place asked with the way goods
    move through it, "in" after "into", "out" after "out of"."""
    lower = normalise_name(question)
    if "into " not in lower and "out of " not in lower:
        return ()
    return tuple((k, way) for k in keys for prep, way in _INTO.items() if _has_words(lower, f"{prep} {k}"))


def _other_way(ways: tuple[tuple[str, str], ...], text: str) -> list[str]:
    """ "bring into Mombasa" is not answered by "carried 7.3 million tonnes of freight out of
    Mombasa": a sentence that moves the place's goods only the other way tells another flow."""
    stated = normalise_name(text)
    out: list[str] = []
    for place, way in ways:
        inward = _has_words(stated, f"into {place}") or _has_words(stated, f"to {place}")
        outward = _has_words(stated, f"out of {place}") or _has_words(stated, f"from {place}")
        if (way == "in" and outward and not inward) or (way == "out" and inward and not outward):
            out.append(f"moves {'out of' if way == 'in' else 'into'} {place}, not {'into' if way == 'in' else 'out of'} it")
    return out


def _has_words(text: str, words: str) -> bool:
    """re.search(rf"\\b{re.escape(words)}\\b", text) is not None, compiling none for the words: each
    \\b tested at each place str.find finds them (has_word asks re of words ending in a non-word
    character, "to u.s.", which this does not)."""
    end = len(words)
    return any(at_boundary(text, i) and at_boundary(text, i + end) for i in literal_starts(text, words))


@lru_cache(maxsize=1024)
def _departure_pattern(place: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:from|out of|left|leaves|leaving) {re.escape(place)}\b")


@lru_cache(maxsize=1024)
def _arrival_pattern(place: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:to|into|reach(?:ed|es|ing)?|arriv(?:ed|es|ing) (?:in|at)) {re.escape(place)}\b")


_SUPERLATIVE_WORD = re.compile(r"\b(lowest|highest|biggest|largest|smallest|weakest|strongest|fastest|slowest|"
                               r"cheapest|dearest|worst|best|most|least|top|bottom)\b", re.IGNORECASE)
_OPPOSITE = {"lowest": "highest", "highest": "lowest", "biggest": "smallest", "largest": "smallest",
             "smallest": "largest", "weakest": "strongest", "strongest": "weakest", "fastest": "slowest",
             "slowest": "fastest", "cheapest": "dearest", "dearest": "cheapest", "worst": "best", "best": "worst",
             "most": "least", "least": "most", "top": "bottom", "bottom": "top"}


def _superlative_fit(question: str, text: str) -> float:
    """ "Which state has the lowest jobless rate?": the sentence that says "the lowest" beats one
    that says "the highest", though both are about the jobless rate."""
    asked = _superlatives(question)
    if not asked:
        return 0.0
    stated = _superlatives(text)
    if asked & stated:
        return 1.0
    return -0.5 if {_OPPOSITE[a] for a in asked} & stated else 0.0


@lru_cache(maxsize=4096)  # per text: the question's once, each sentence's once for all questions
def _superlatives(text: str) -> frozenset[str]:
    return frozenset(m.lower() for m in _SUPERLATIVE_GUARDED.findall(text))


# Every word _SUPERLATIVE_WORD finds holds one of these ("est" in "lowest" ... "best"; "least" has none):
# a text with none is not searched (Guarded, knowledge.lazy_re).
_SUPERLATIVE_GUARDED = Guarded(_SUPERLATIVE_WORD, ("est", "least", "worst", "most", "top", "bottom"), fold=True)


_SUPERLATIVE = re.compile(r"\b(?:biggest|largest|top|leading|highest|most|greatest|main)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b", re.IGNORECASE)
_ORDINAL_SUPERLATIVE = lazy_compile(r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:biggest|largest|top|leading|highest|most|greatest)\b",
                                  re.IGNORECASE)
_BARE_SUPERLATIVE = re.compile(r"\b(?:biggest|largest|leading|highest|greatest)\b", re.IGNORECASE)
# "since it got going", "since it was set up": the everyday ways of saying it opened.
_RUNNING_TOTAL = re.compile(r"\bso far\b|\bto date\b|\bsince (?:it|they|the \w+) (?:opened|began|started|launched"
                            r"|got (?:going|started|underway)|started up|(?:was|were) (?:set up|founded|launched|established))\b"
                            r"|\bin all\b|\bcumulative"
                            # "total containers handled by the hub since March": all counted from then on
                            r"|\btotal\b[^?.]{0,80}\bsince\b", re.IGNORECASE)
# "as of last week", "in the five months through August", "in the first nine months": a total that runs
# up to a day.
_RUNNING_TOTAL_TEXT = lazy_compile(r"\bso far\b|\bto date\b|\bsince\b|\bin all\b|\bcumulative|\baltogether\b|\bin total\b"
                                 r"|\bthus far\b|\bas of\b|\byear[- ]to[- ]date\b|\bmonths (?:through|to|up to)\b"
                                 r"|\bfirst (?:\w+ )?(?:months|weeks|half|quarter)\b"
                                 # "The first 340 containers arrived last week": the first of a count
                                 # are all there have been up to then
                                 r"|\bthe first \d[\d,.]*\b"
                                 # "in the 2025/26 season through December 12": counted up to that day
                                 r"|\bthrough (?:mid-|early |late |the end of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d"
                                 # "Total investment committed reached $10.4 billion by the end of September": all
                                 # counted up to that month's end, a level reached (no deadline: "will reach ... by")
                                 r"|\b(?:reached|stood at|totall?ed|amounted to)\b(?:[^.;]|\.\d){0,60}\bby the end of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                                 # "between January and October"; "over the period" carries the lead's span on
                                 r"|\bbetween jan(?:uary)?\.? and\b|\bjan(?:uary)?\.?[- ](?:to|through)\b|\b(?:over|in|for) the (?:same )?period\b"
                                 # "in the January-August period": from the year's start
                                 r"|\bjan(?:uary)?\.?\s*[-–]\s*(?:feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                                 re.IGNORECASE)

# "Economists had expected imports to fall 14%": what others forecast, not what happened.
EXPECTATION = lazy_compile(r"\b(?:had|have|has)\s+(?:been\s+)?(?:expected|forecast|predicted)\b|\bpolled by\b|\bconsensus\b"
                          r"|\b(?:a|the) \w+ poll of\b|\bmedian forecast\b"
                          r"|\banalysts'? (?:average )?estimates?\b", re.IGNORECASE)


def _states_base(query: Query, text: str, times: list[TimeRow]) -> bool:
    """ "compared with September" asked: "rose 3.4% from September" states that comparison;
    "than in October 2023" is stated by "compared with October last year"."""
    lower = text.lower().replace("beginning", "start")
    for b in query.bases:
        if b.start_date and any(t.start_date == b.start_date.isoformat() for t in times):
            return True
        # "since the beginning of May" is stated by "down from 45.8 million tonnes at the start of May"
        if all(w in lower for w in _BASE_WORD.findall(base_text(b.text)) if w not in _BASE_FILLER):
            return True
    return False


# "since the end of last year" is stated by "from $8.98 billion at the end of December": a
# story's last year ended in December.
_YEAR_END = lazy_compile(r"\bend of (?:last|the previous|the prior) year\b")


def base_text(text: str) -> str:
    """The words of the time a change is counted from, as an article states that time."""
    return _YEAR_END.sub("end of december", text.lower().replace("beginning", "start"))


_BASE_FILLER = frozenset("in on at the of from than last this a an since".split())
# Compiled with the module's other patterns (compile_all), not by re at a question's first use.
_BASE_WORD = lazy_compile(r"[a-z]+|\d{4}")


# What a question names when it asks for one measure and no other ("share" or "value" may be anything's).
FIRM_MEASURES = MEASURES - WEAK_MEASURES
_REFERS_BACK = lazy_compile(r"^(?:The|These|Those|Such|Its|Their)\s")
_NO_KIND = frozenset("more fewer less extra additional other further annual quarterly monthly yearly weekly daily".split())


def _bare_measure(query: Query, own: frozenset[str], topic: frozenset[str], text: str) -> list[str]:
    """ "Taiwan's chip imports" against "Imports rose 14.2%" under a headline about chip exports:
    the sentence states the measure itself, which is all imports; the kind asked is only the
    story's, and the story's measure is another ("Production" in a story on the wheat harvest is
    the wheat's)."""
    if _REFERS_BACK.match(text):
        return []  # "The imports were worth 21.4 billion rand": the steel imports just named
    out = []
    for asked, kind_keys, measure_keys in query.kinds_of_measure:
        kind = asked.split()[0]
        if (kind in WHOLE_WORDS or kind in QUALIFIER_EXEMPT or kind in _NO_KIND or kind in _TIME_WORDS or not kind.isalpha()
                or kind.endswith(("ing", "ed"))):  # "giving shareholders": a verb, no kind
            continue  # "total imports", "more ships", "third-quarter revenue"
        if _subject_and_its_verb(query.text, asked):
            continue  # "is the chinese buyer taking": a doer and its verb, no kind of taking
        # The story's own measure is another one (its kind word belongs to that): "chip exports".
        # A kind that is itself the story's measure is none: "export value" in a story of exports
        # is the value its bare "worth" states.
        other = (topic & FIRM_MEASURES) - measure_keys - kind_keys
        if kind_keys.isdisjoint(own) and not measure_keys.isdisjoint(own) and measure_keys.isdisjoint(topic) and other:
            out.append(f"measures all {asked.split()[-1]}, not {asked}")
    return out


def _qualifier_asked(text: str, before: Token, before_keys: frozenset[str], query: Query) -> bool:
    """ "farmgate rubber price" over "farm-gate prices averaged 68.50 baht": the sentence's kind
    word ("gate", of the compound "farm-gate") is one the question asks as well, written apart or
    run together, so it names no other kind than asked."""
    if any(before_keys & t.keys for t in query.terms):
        return True
    if before.start < 2 or text[before.start - 1] != "-":
        return False
    start = before.start - 1
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    joined = text[start : before.end].replace("-", "").lower()
    return any(t.word.lower() == joined for t in query.terms)


# "Gold shipments climbed ..., while the average realised price rose to $3,358 an ounce": the
# price the seller got for the story's goods, no other kind of price than the gold price asked.
_REALISED = frozenset({"realised", "realized"})


def _kind_reach(tokens: list[Token], j: int) -> int:
    """How far past a kind word its measure may come: "unpaid salaries and supplier debts" are
    both unpaid, the kind shared across "and" by the second noun as well."""
    return 6 if j + 2 < len(tokens) and tokens[j + 2].lower == "and" else 4


def _other_kind_of_measure(query: Query, s: SentenceRow, names: list[tuple[int, int]],
                           topic: frozenset[str] = frozenset()) -> list[str]:
    """Asked for "staff costs", the sentence's "fuel costs" are another measure: the same noun
    with another word naming its kind, and the asked kind nowhere in the sentence. A name before
    the noun ("Taiwan's exports") says whose it is, not what kind. A share asked of the story's
    own kind is one of its total: "What share of Vietnam's pepper shipments went to the US?" /
    "taking 48,300 tonnes, or 26.5% of total shipments" under a pepper headline."""
    conflicts: list[str] = []
    tokens, keys = analysed(s.text)
    for asked, kind_keys, measure_keys in query.kinds_of_measure:
        if kind_keys & measure_keys & s.terms & _PHRASE_CLASSES:
            continue  # the two words are one phrase the sentence has in other words: "catalogue price" as "list price"
        whole = asked.split()[0] in WHOLE_WORDS
        wanted = kind_keys if whole else kind_keys - measure_keys or kind_keys  # "net" is also a key of "net profit"
        # The asked kind in the sentence names it, unless each time it heads another noun:
        # "staff numbers grew" beside "fuel costs fell" is no word about staff costs.
        # ("On a seasonally adjusted basis, Japan posted a trade deficit": the basis is every figure's.)
        if wanted & s.terms and not all(
                j + 1 < len(tokens) and is_content(tokens[j + 1]) and tokens[j + 1].lower.isalpha()
                and tokens[j + 1].lower not in ("basis", "terms")
                # "costs exporters $45,000 a day in demurrage," said ...: no noun across the comma
                # ("festive-season buying" heads it)
                and s.text[tokens[j].end : tokens[j + 1].start].strip() in ("", "-")
                # "92.6 tonnes of gold last month": a time after the kind, no noun it heads
                and tokens[j + 1].lower not in _TIME_LEADS
                and not any(k & measure_keys for k in keys[max(0, j - 3) : j + _kind_reach(tokens, j)])
                for j in range(len(tokens)) if keys[j] & wanted):
            continue
        for j in range(1, len(tokens)):
            before = tokens[j - 1]
            if (keys[j] & measure_keys and tokens[j].lower not in ("worth", "valued") and is_content(before) and before.lower.isalpha()
                    # "oranges on board": "on" opens a phrase meaning carried, heads no noun a kind could name
                    and is_content(tokens[j])
                    and not _verb_with_object(s.text, tokens[j])  # "The country exported 580 tonnes": its doer, no kind
                    and not s.text[before.end : tokens[j].start].strip()  # "on a monthly basis, output fell": no kind across a comma
                    and not (j > 1 and before.text[:1].isupper()) and not any(a <= before.start < b for a, b in names)
                    and (before.lower not in QUALIFIER_EXEMPT or before.lower in WHOLE_WORDS or before.lower in KIND_ADJECTIVES)
                    and before.lower not in _TIME_WORDS and before.lower not in _REALISED
                    # "including a $1.2 billion cost overrun": the amount's own word, no kind of cost
                    and parse_number(before.lower) is None
                    # "the 254 billion rand debt relief package": the amount's currency, no kind of debt
                    and not (is_currency_word(before.lower) and j > 1 and parse_number(tokens[j - 2].lower) is not None)
                    and not keys[j - 1] & (measure_keys | _RANK_AND_MOVE)
                    and not before.lower.endswith("est")  # "the highest rate" ranks it, names no kind
                    # "Serbia's overall exports" are the "country's total exports": one whole, in two words
                    and not (whole and before.lower in WHOLE_WORDS)
                    # "14 storage tanks with a combined capacity of 80,000 cubic metres": the whole of
                    # the asked kind's things just named, no other kind
                    and not (before.lower in WHOLE_WORDS and any(keys[x] & wanted for x in range(max(0, j - 8), j - 1)))
                    and not (before.lower in WHOLE_WORDS and query.wants == "percent" and kind_keys & topic
                             and _SHARE_OF_TOTAL.search(s.text, max(0, before.start - 12), tokens[j].end))
                    # (last: it reads every word asked)
                    and not _qualifier_asked(s.text, before, keys[j - 1], query)):
                conflicts.append(f"measures {before.lower} {tokens[j].lower}, not {asked}")
                break
    return conflicts


@lru_cache(maxsize=4096)
def _copular_who(question: str) -> bool:
    """ "Which company is the biggest steelmaker?": who fills a description; all of it must be found."""
    return _COPULAR_WHO.match(question.lower()) is not None


_COPULAR_WHO = lazy_compile(r"\s*(?:who|which \w+)(?:'s|\s+(?:is|are|was|were))\s+(?!\w+(?:ing|ed)\b)")


_CHIEF_TITLES = frozenset({"cfo", "ceo", "coo", "cto"})


def _titled_here(query: Query, term: Term) -> bool:
    """A word a chief's title shares ("finance") asks that post unless it only modifies the next
    word, no title ("the finance centre tower" asks no CFO; "the finance chief" does)."""
    return term.lemma in TITLE_EXACT or not any(u.position == term.position + 1 and u.lemma not in ROLES and u.lemma not in gz.TITLE_WORDS
                                                for u in query.terms)


# "the Kuala Lumpur-based airline", "Toronto-listed": the place is a body's home, not where something happened.
HOME_SUFFIX = re.compile(r"[-‐](?:based|listed|headquartered|registered)\b", re.IGNORECASE)
_RANK_AND_MOVE = frozenset({"most", "rise", "fall"})
# The keys of lexicon classes named by a phrase ("list price"): both words of "catalogue price" carry it.
_PHRASE_CLASSES = frozenset(name.replace(" ", "") for name in SYNONYMS if " " in name)
_TIME_WORDS = frozenset("""year month week quarter day half season period january february march april may june july
august september october november december""".split())


_TIME_LEADS = frozenset("last this next previous prior".split())

# A past tense taking an amount or a determined object ("exported 580 tonnes", "shipped the
# first cargo") is a verb: the word before it is whoever did it, not a kind of the measure,
# while "oil imported from Russia" keeps oil as the kind imported.
_OBJECT_AFTER = lazy_compile(rf"\s+(?:[$€£¥]|\d|(?:{'|'.join(sorted(OBJECT_OPENERS))})\b)", re.IGNORECASE)


def _verb_with_object(text: str, token: Token) -> bool:
    return (token.lower.endswith("ed") and token.lemma != token.lower
            and _OBJECT_AFTER.match(text, token.end) is not None)


class _TextFlags(NamedTuple):
    ranks_below_top: bool
    running_total: bool
    expectation: bool


# Facts about a sentence's own words, asked of every candidate for every question: kept by text.
# Each pattern is searched only in a text with a word it needs (~20 us a pattern and sentence).
@lru_cache(maxsize=65536)
def _text_flags(text: str) -> _TextFlags:
    return _TextFlags(
        ranks_below_top=_may_match(text, _ORDINAL_WORDS) and bool(_ORDINAL_SUPERLATIVE.search(text))
        and not _BARE_SUPERLATIVE.search(_ORDINAL_SUPERLATIVE.sub(" ", text)),
        running_total=_may_match(text, _RUNNING_TOTAL_WORDS) and bool(_RUNNING_TOTAL_TEXT.search(text)),
        expectation=_may_match(text, _EXPECTATION_WORDS) and bool(EXPECTATION.search(text)),
    )


# A word each branch of the pattern needs, in lower case.
_ORDINAL_WORDS = ("second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th")
# "first" is often dropped by a paraphrase ("the plant, commissioned in 2021"), so a first stage
# asked and missing rules out only a sentence telling a later one of the thing asked: "how much
# did the first phase cost?" is not "The second phase won a tariff of ..." nor "The expansion will
# cost 58.2 billion tenge" (a later phase is the expansion, as the word table says); "the first new
# jets" are no rival of "in the second half of 2027", a period.
_FIRST_STAGE = frozenset({"first", "initial"})
_LATER_STAGES = ("second", "third", "fourth", "fifth", "next", "2nd", "3rd", "4th", "5th")
# the things a later one of which is the expansion: "phase" of "second phase", "phase two"
_EXPANSION_WORDS = frozenset(w for phrase in SYNONYMS["expansion"] for w in phrase.split()
                             if w.isalpha() and w not in _LATER_STAGES and w not in ("two", "three", "expansion"))


def _later_stage(first: str, missing: list[Term], query: Query, text: str) -> bool:
    """Whether the first stage asked (`first`) is missing and `text` tells a later one of the thing
    it is the first of (the question's next word): "the second phase", or the expansion for a phase."""
    if not any(t.word == first for t in missing):
        return False
    first = first.lower()
    words = query.text.lower().replace("?", " ").split()
    head = words[words.index(first) + 1] if first in words[:-1] else ""
    if not head:
        return False
    low = text.lower()
    if head in _EXPANSION_WORDS and "expansion" in low and has_word(low, "expansion"):
        return True
    return any(w in low and any(low.startswith(head, b + 1) for _, b in word_spans(low, w)) for w in _LATER_STAGES)
_ENDING = frozenset("end finish conclude expire".split())
# "when did the war end?", not "by when will they decide whether to end the ban" (lifting it)
_ASKS_END = lazy_compile(r"\s*(?:and\s+|so\s+)?when\s+(?:did|does|do|will|is|was|would)\b.*\b(?:end|finish|conclude|expire)(?:s|ed)?\s*\??\s*$",
                         re.IGNORECASE)
_RUNNING_TOTAL_WORDS = ("so far", "to date", "since", "in all", "cumulative", "altogether", "in total", "thus far",
                        "as of", "year", "months", "first", "jan", "period", "through", "by the end of")
_EXPECTATION_WORDS = ("expected", "forecast", "predicted", "polled by", "consensus", "poll of", "analyst")

# The only characters that re's case-insensitive matching takes for an ASCII letter or digit
# though they are not ASCII: the dotted and dotless i, the long s, the Kelvin sign.
_ASCII_LOOKALIKES = lazy_compile("[\u0130\u0131\u017f\u212a]")


def _may_match(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that cannot match without one of these lowercase ASCII
    words may match the text: a few substring tests in place of a search. Without the characters
    above, what such a pattern matches is ASCII, found again in the text's lower case; with one of
    them, the answer is yes (the pattern decides)."""
    if _ASCII_LOOKALIKES.search(text):
        return True
    lower = text.lower()
    return any(w in lower for w in words)


# Each match is one of the words (folded): a question with none is not searched, where the
# folded alternation was tried at every position of every question (_Asked.of).
_SUPERLATIVE_ASKED = Guarded(_SUPERLATIVE, ("biggest", "largest", "top", "leading", "highest", "most", "greatest", "main"), fold=True)


@lru_cache(maxsize=4096)
def _ever_asked(question: str) -> bool:
    """Whether a superlative is asked of all time: "the largest ever", "the biggest in its history"."""
    low = question.lower()
    return ("ever" in low and has_word(low, "ever")) or "of all time" in low or "in history" in low or "s history" in low


@lru_cache(maxsize=4096)
def _asks_top(question: str) -> bool:
    return bool(_SUPERLATIVE_ASKED.search(question)) and not _ORDINAL.search(question)


def _inherits_running_total(times: list[TimeRow], context: list[TimeRow]) -> bool:
    """A sentence dating nothing itself is of the running span its paragraph or lead states:
    "Sales to India rose 11.5% to 2.9 million tonnes" under "in the first nine months of 2025"
    is a total so far this year; a basis it states ("jumped 17.2% year-on-year") dates nothing,
    so such a sentence still takes the span. Not when the times it may take from also hold another
    ("in July" in the paragraph before): which one dates it is unknown."""
    return not any(t.start_date for t in times) and bool(context) and all(_RUNNING_TOTAL_TEXT.search(t.text) for t in context)


@lru_cache(maxsize=4096)
def _asks_running_total(question: str) -> bool:
    return bool(_RUNNING_TOTAL_GUARDED.search(question))


def times_compared(query: Query) -> bool:
    """ "how many more stores is it opening next year than it opened so far this year?": an amount
    at a time on each side of "than", so a running total ("so far") is asked of one side only."""
    if query.intent != "derived" or " than " not in query.text.lower():
        return False
    than = query.text.lower().index(" than ")
    return any(t.end <= than for t in query.times) and any(t.start > than for t in query.times)


# "how many more exporters have registered since the deal started?" asks the gain since a start,
# which "27 are now registered, up from 11 when the deal took effect" states with no running total.
_GAIN_SINCE = lazy_compile(r"\bhow (?:many|much) (?:more|fewer|less|extra|additional)\b[^?]*\bsince\b", re.IGNORECASE)
# A word each branch needs ("since " heads the opened/began one): a question with none is not
# searched (Guarded); _Asked.of asks it of every figure question's gather.
_RUNNING_TOTAL_GUARDED = Guarded(_RUNNING_TOTAL, ("so far", "to date", "since ", "in all", "cumulative"), fold=True)


def asks_forecast(query: Query) -> bool:
    return any(t.keys & {"forecast"} for t in query.terms)


def _figure_keys(figures: list[FigureRow], text: str = "") -> frozenset[str]:
    """A stated amount of money answers "money"; a percentage answers "percent"."""
    keys: set[str] = set()
    for f in figures:
        if f.kind == "money":
            keys.update(("money", "amount", "sum"))
            if f.unit.startswith(("a ", "an ", "per ")):
                keys.update(("price", "pric", "cost"))  # "$75.90 a barrel" is a price
            elif f.measure and text.startswith(" " + f.measure, f.end):
                keys.add("cost")  # "a 420 million euro expansion" is what the expansion costs
        elif f.kind == "count" and f.unit in SUBUNITS:
            keys.update(("price", "pric", "cost"))  # "7.2 U.S. cents per kilowatt-hour" is a price too
        elif f.kind == "percent":
            keys.update(("percent", "percentage", "rate", "ratio", "proportion"))
        elif _AREA_UNIT.match(f.unit):
            keys.update(("area", "land", "acreage"))  # "planted on 39.6 million hectares" states an area
        elif "-" in f.raw and _POWER_UNIT.match(f.unit):
            keys.add("capacity")  # "a 1.2-gigawatt solar module plant" is what the plant can make
        elif f.kind == "quantity" and _CAPACITY_RATE.search(f.unit) and f.measure and text.startswith(" " + f.measure, f.end):
            keys.add("capacity")  # "a 1.8 million-tonne-a-year ethylene cracker" is what the cracker can make
    return frozenset(keys)


# Cents and pence are counted, not read as money, yet an amount of them is a price.
SUBUNITS = frozenset("cents cent pence penny kopecks kopeks paise".split())
# Only its adjective ("a 300-megawatt park") names a plant's size: "demand jumped to 640 megawatts" does not.
_POWER_UNIT = re.compile(r"(?:gigawatts?|megawatts?|kilowatts?|gw|mw)$", re.IGNORECASE)
# ("320,000 bpd", "tonne a year": a rate of output, which before the plant it names is its size)
_CAPACITY_RATE = re.compile(r"(?:\b(?:a|an|per)\s+(?:day|year|annum)|\bbpd|\bb/d)$", re.IGNORECASE)
_AREA_UNIT = re.compile(r"(?:square\b|hectares?\b|acres?\b|sq\b)", re.IGNORECASE)


def _months_of_a_stated_span(query: Query, text: str, facts: _SentenceFacts, asked: list[TimeExpr]) -> list[str]:
    """The names the article never writes, less the months of a span asked that the sentence
    states itself in other words: "in January-March" is "in the first quarter", to the day."""
    if query.intent not in ("figure", "derived") or not asked or not all(a.start_date and a.end_date for a in asked):
        return query.unknown_names
    # (a span of months, which other words name: a month alone is named by its name or "last
    # month"; and a fiscal quarter is the company's, whatever months the calendar gives it)
    if not all(a.start_date.month != a.end_date.month and any(
            t.start_date == a.start_date.isoformat() and t.end_date == a.end_date.isoformat()
            and "fiscal" not in text[t.start : t.end + 20].lower()
            for t in facts.event_times) for a in asked if a.start_date and a.end_date):
        return query.unknown_names
    return [w for w in query.unknown_names if w.lower() not in MONTHS]


def _enough(required: list[Term], coverage: float, strict: bool = False) -> bool:
    """A figure must be about all of what was asked: two words asked, two words found."""
    if len(required) <= 1 or (strict and len(required) == 2):
        return coverage >= 1.0
    if strict and len(required) == 3:
        return coverage >= 0.66
    if len(required) <= 3:
        return coverage >= 0.5
    return coverage >= 0.6


# '"We want to export metal, not dirt," he told the forum': a quotation in the first person plural
# speaks for the speaker's side, the story's own place, whatever the sentence before named.
_WE_QUOTED = lazy_compile(r'^\s*["“](?:We|Our)\b')
# "the country's logs", "the country exported": the story's country by what it is, not its name.
_THE_COUNTRY = lazy_compile(r"\bthe\s+country(?:'s|’s)?\b", re.IGNORECASE)
# "the air route", "the new corridor": a route the story told of before, by its kind alone.
_THE_ROUTE = lazy_compile(r"\bthe\s+(?:[a-z]+\s+)?(?:route|corridor)\b", re.IGNORECASE)


# "which Chinese ports do the containers go to?", "which Djibouti port ...?", "which Kazakh ports
# are ferries waiting at?": the nation qualifies the place asked, whose sentence may name it
# ("to Shanghai and Qingdao") without ever naming the nation.
_NATION_OF_PLACE_ASKED = lazy_compile(
    r"^\s*(?:which|what)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:border\s+)?(?:cit(?:y|ies)|towns?|ports?|provinces?|regions?"
    r"|states?|count(?:y|ies)|districts?|prefectures?|islands?|gates?|crossings?|terminals?)\b", re.IGNORECASE)


def _nation_of_place_asked(query: Query) -> str:
    """The key of a place named as the qualifier of the place a where-question asks, or ""."""
    if query.intent != "where":
        return ""
    m = _NATION_OF_PLACE_ASKED.match(query.text)
    return m.group(1).lower() if m else ""


# The capitalised words of a title just before a person's name ("Commerce and Industries Minister").
_TITLE_WORDS_BEFORE = lazy_compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,6})$")


def _holds_bare_post(query: Query, key: str, text: str, mentions: list[tuple[MentionRow, EntityRow]],
                     topics: dict[str, int]) -> bool:
    """Whether the sentence names a person by a post the question asks of a nation (a government
    post: "minister"), with no nation's word in the title, and no other country or city of one
    named beside (or the nation asked is what the story is about, whoever leads the sentence)."""
    nation = normalise_name(DEMONYMS.get(key, key))
    if nation not in gz.COUNTRY_SET:
        return False
    posts = {t.lemma for t in query.required if t.lemma in _NATION_POSTS}
    if not posts:
        return False
    places = [e for _, e in mentions if e.kind == "place"]
    # ("China took 74% of the West African country's exports, Mines Minister X said" in Guinea's
    # story: the country the story is about, spoken of again; but "Zambia's share will be paid,
    # Finance Minister X said" is Zambia's minister)
    if any(normalise_name(e.name) in gz.COUNTRY_SET or normalise_name(gz.country_of_city(e.name)) not in ("", nation)
           for e in places) and not (topics.get(key, 0) >= 2 and _THE_NATION_AGAIN.search(text)):
        return False
    for m, e in mentions:
        if e.kind != "person":
            continue
        title = _TITLE_WORDS_BEFORE.search(text, max(0, m.start - 80), m.start)
        words = title.group(1).lower().replace("’", "'").split() if title else []
        if not words or words[-1] not in posts:
            continue
        if not any(w.removesuffix("'s") in DEMONYMS or w.removesuffix("'s") in gz.COUNTRY_SET for w in words):
            return True
    return False


_NATION_POSTS = frozenset({"minister"})
# "the country's", "the West African country's": the story's own nation named again by its kind
_THE_NATION_AGAIN = lazy_compile(r"\bthe\s+(?:[A-Z][\w-]*\s+){0,2}country(?:'s|’s)?\b")


def _names_a_country(mentions: list[tuple[MentionRow, EntityRow]]) -> bool:
    return any(e.kind == "place" and e.name.lower() in gz.COUNTRY_SET for _, e in mentions)


def _names_city_of(key: str, mentions: list[tuple[MentionRow, EntityRow]]) -> bool:
    """Whether a place named is a city the gazetteer puts in the nation the key names."""
    nation = DEMONYMS.get(key, key).lower()
    return any(e.kind == "place" and gz.country_of_city(e.name).lower() == nation for _, e in mentions)


# "Brenner, based in Munich": the city is the body's home (the "Munich-based" form is HOME_SUFFIX).
_HOME_BEFORE = lazy_compile(r"\b(?:based|headquartered)\s+in\s+$", re.IGNORECASE)


def _home_city_of(key: str, text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> bool:
    """Whether the sentence gives a body's home as a city the gazetteer puts in the nation the key
    names: the body is that nation's, whatever other place the sentence names."""
    nation = DEMONYMS.get(key, key).lower()
    return any(e.kind == "place" and gz.country_of_city(e.name).lower() == nation
               and (HOME_SUFFIX.match(text, m.end) or _HOME_BEFORE.search(text, max(0, m.start - 20), m.start))
               for m, e in mentions)


def _refers_to_asked_thing(query_text: str, key: str, text: str) -> bool:
    """Whether the sentence speaks of "the <thing>" the question asks as the key's ("the Tursunzoda
    plant" asked, "said the plant, which opened in 1975"): the story's own one, however many other
    places the sentence goes on to name."""
    # (re.search(r"\b" + re.escape(key) + r"\s+([a-z]{4,})\b", ...) and r"\bthe <that word>\b",
    # folded: the key and "the <word>" are found by str.find, with no pattern compiled for either)
    asked = search_after(query_text.lower(), ((key, False, _WORD_AFTER),))
    return bool(asked) and has_word(text, "the " + asked.group(1), fold=True)


_WORD_AFTER = lazy_compile(r"\s+([a-z]{4,})\b")


_THE_WAY = lazy_compile(r"\bthe ([a-z]{4,}) (?:thru|through|via)\s")


def _speaks_of_the_way(query_text: str, key: str, text: str) -> bool:
    """Whether the sentence opens on "the <thing>" the question names as going by the key ("the
    route thru constanta", "the line via Kashgar"): that thing, whichever place it passes."""
    lower = query_text.lower()
    # (the way's words first: a question with none, nearly all, compiles no pattern for its key)
    asked = _THE_WAY.search(lower) and re.search(r"\bthe ([a-z]{4,}) (?:thru|through|via)\s+" + re.escape(key) + r"\b", lower)
    return bool(asked) and re.match(r"the " + asked.group(1) + r"\b", text, re.IGNORECASE) is not None


def _nested(mention: MentionRow, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention lies inside a longer one of these spans."""
    return any(a <= mention.start and mention.end <= b and b - a > mention.end - mention.start for a, b in spans)


def _entity_agreement(query: Query, asked: frozenset[str], s: SentenceRow, facts: _SentenceFacts, paragraph_names: set[str],
                      mentions: list[tuple[MentionRow, EntityRow]], topics: dict[str, int],
                      kinds: dict[str, str], heads: dict[tuple[str, str], set[str]],
                      carried: dict[str, str], before: frozenset[str] | None,
                      bodies: dict[tuple[str, str], frozenset[str]] | None,
                      rivals_kept: dict[tuple[int, str], _Rivals] | None,
                      qualifier: str) -> tuple[float, list[str]]:
    """Each entity the question names must be in the sentence or its paragraph. When it is not,
    the sentence is about something else, unless the entity is what the whole article is about
    and the paragraph does not carry on about another place named just before (`carried`: the
    keys of those places, to their names). `rivals_kept`: _rivals_of's results for these names
    asked, by sentence id and kind, kept per store handle (_rivals_kept), filled here.
    `qualifier`: _nation_of_place_asked(query), worked out once per question by _Asked."""
    hits = 0.0
    conflicts: list[str] = []
    text = facts.normalised
    sentence_names = facts.names
    # The capitals' countries asked: a rival named by its capital ("Beijing imposed the duties") is
    # the country asked acting (capital_of(e, asked) is capital_of(e, capitals), a capital's country
    # being one of _CAPITAL_COUNTRIES), and most questions ask none, so no rival is looked up.
    capitals = asked & _CAPITAL_COUNTRIES
    for key in query.entity_keys:
        if key in sentence_names or f" {key} " in facts.padded or _ends_named_apart(key, facts.padded):
            if query.intent in ("figure", "derived") and (outranked := _only_ranked_above(key, s.text)):
                # "how much ore does Simandou hold?" / "Gara Djebilet holds ... 3.5 billion tonnes,
                # the second-largest deposit after Guinea's Simandou": the name ranked above is no
                # subject of the figures told before it.
                conflicts.append(f"about {outranked}, not {key}")
                continue
            hits += 0.85 if key in facts.adjective_keys else 1.0
            continue
        if kinds.get(key) == "place" and topics.get(key, 0) >= 1 and _named_as_time(query.text, key):
            # "which port was cargo transferred in before Chancay?": the story's own place after
            # "before" dates the time asked (before it opened); the sentence of that time ("when
            # cargo had to be transshipped in Manzanillo") need not name it, nor is it about a rival
            continue
        if query.intent == "who" and kinds.get(key) == "place" and _holds_bare_post(query, key, s.text, mentions, topics):
            # "who is panama's commerce minister?" / "..., Commerce and Industries Minister Rafael
            # Quintero told reporters ... in Colon": a post no nation's word qualifies is one of
            # the story's own nation's, unless another country leads the story's sentence
            hits += 0.85
            continue
        if key == qualifier and _names_city_of(key, mentions):
            # "which Chinese port ...?" / "shipped from the port of Xiamen ... to San Antonio,
            # Chile's busiest container port": a city known to be the nation's names it, whatever
            # other country the sentence names
            hits += 0.85
            continue
        if key == qualifier and not _names_a_country(mentions):
            # "which Chinese ports ...?": "to Shanghai and Qingdao" names them without China; but
            # "The United States ..., flown into Miami" puts its towns in another country
            continue
        if key in DEMONYMS and key != qualifier and _home_city_of(key, s.text, mentions):
            # "When did the German automaker pull out of the contract?" / "Brenner, based in
            # Munich, last month scrapped a contract": a body at home in a German city is German.
            # (Only a nation's adjective, which qualifies a body: "trade with China" names the
            # partner, which a "Shanghai-based trader" buying is not.)
            hits += 0.85
            continue
        if kinds.get(key) == "place" and topics.get(key) and query.intent == "when" and _refers_to_asked_thing(query.text, key, s.text):
            # "What year did the Tursunzoda plant first open?" / "said the plant, which opened in
            # 1975, ... when water levels at the Nurek reservoir fall": the story's plant, dated
            hits += 0.85
            continue
        if bodies and _names_body_of(facts, bodies.get((s.article_id, key), frozenset()), s.text):
            # "what stake does the chinese company get" / "Chang'an will hold a 51% stake", the
            # story's "Xi'an-based Chang'an Logistics Group" of "the Chinese city of Xi'an": the
            # body asked by its nation, named, whatever place the paragraph is about
            hits += 0.85
            continue
        if key.startswith("port of ") and key[8:] in sentence_names:
            hits += 1  # "the Port of Rotterdam" is Rotterdam's port: "told reporters in Rotterdam"
            continue
        if key in _CAPITAL_COUNTRIES and _capital_leads(key, s.text, mentions):
            hits += 0.85  # "Washington in March sanctioned ... 14 tankers": the capital acting is its government
            continue
        if _union_body_named(key, query, facts.union_bodies):
            hits += 0.85  # "The European Commission last month approved 4.5 billion euros of state aid": the EU's
            continue
        if key in SEATS and any(not _name_keys(e.name, e.aliases).isdisjoint(SEATS[key]) for _, e in mentions if e.kind == "org"):
            # "when does Warsaw plan to submit the aid plan to Brussels?" / "approval from the European
            # Commission, which Warsaw plans to formally notify in January": the body seated there
            hits += 0.85
            continue
        # (the keys of the entities asked read once per key, not again for every name of a body)
        if kinds.get(key) == "place" and "org" in facts.by_kind and any(
                f" {k} " in f" {name} " for others in (_keys_with(query, key),) for _, _, names in facts.by_kind["org"]
                if names.isdisjoint(asked) for name in names for k in others if k != name):
            # "how big was the chinese bank loan?" / "a $310 million loan from the Export-Import
            # Bank of China": a body named after the country asked speaks for it (a body asked
            # itself, "Egypt's central bank", is counted once, as itself)
            hits += 0.85
            continue
        if key[-1:] == "a" and " " in key and f" {key}n " in facts.padded:
            # "Western Australian Energy Minister Rachel Cotter" is Western Australia's, whose
            # adjective the story never lists as a name of its own (it reads "Australian")
            hits += 0.85
            continue
        # A name of the paragraph that begins with the key; map calls startswith without a
        # generator step per name.
        if any(map(str.startswith, paragraph_names, repeat(key + " "))):
            hits += 0.5  # "Karoo Steel" asked, "Karoo Steel Works" named in the paragraph
            continue
        if any(map(str.endswith, paragraph_names, repeat(" " + key))) and _CARRIES_ON.match(s.text):
            # "Tirrenico" asked; "Credito Tirrenico had 48.6 billion euros of loans. Its gross
            # non-performing loan ratio fell to 2.7%": the sentence goes on about the name before.
            hits += 0.5
            continue
        called = heads.get((s.article_id, key))
        if called and any(e.name.lower() in _BARE_INSTITUTION_NAMES and e.name.lower().rsplit(" ", 1)[-1] in called
                          for _, e, _ in facts.by_kind.get("org", ())):
            # "how much currency did the SNB buy?" over "The central bank said it bought foreign
            # currency worth 5.2 billion Swiss francs": the bank asked, by what it is, not a rival.
            hits += 0.5
            continue
        kind = kinds.get(key, "")
        if kind == "place" and (site := heads.get((s.article_id, key))) and _opens_on_site(s.text, site):
            # "what year did doraleh port open" / "The port, built by China State Construction ...":
            # the story's site asked, however the sentence goes on (its builder names no rival)
            hits += 0.85
            continue
        # The rivals of this kind depend on the sentence and the names asked alone, not on the
        # key: worked out once per sentence and kind for every key and question asking those names.
        if rivals_kept is None:
            rivals, subjects, leading = _rivals_of(s.text, facts, mentions, asked, capitals, kind)
        else:
            found = rivals_kept.get((s.id, kind))
            if found is None:
                found = rivals_kept[(s.id, kind)] = _rivals_of(s.text, facts, mentions, asked, capitals, kind)
            rivals, subjects, leading = found
        if leading and query.intent in _CAPITAL_ACTS_INTENTS and {normalise_name(n) for n in leading} == {_COUNTRY_OF_CAPITAL.get(key)} \
                and not _capital_as_place(query.text, key):
            # "why is the northeast so important to Beijing?" / "China has urged increased
            # connectivity ...": a motive asked of a capital is its country's, which acts here;
            # so is a wish or a deed ("what does beijing want with moscow?", "did the west sign off
            # on beijing getting cosier ...?"), but no figure: Beijing's output is the city's
            hits += 0.85
            continue
        if leading and kind == "org" and topics.get(key, 0) >= 2 and _FIRM_REFERENCE.search(s.text) and all(
                _PUBLIC_BODY.search(" ".join(e.roles)) for m, e in subjects if e.name in leading):
            # "An Ofwat investigation found that the Birmingham-based company ... spilled untreated
            # sewage": a regulator leads, the firm the story is about is "the company" it speaks of
            hits += 0.5
        elif leading and kind == "org" and _leads_as_kind_asked(query, key, [e for _, e in subjects if e.name in leading], s.text):
            hits += 0.5
        elif leading and kind == "place" and topics.get(key, 0) >= 3 and _ASKS_WHICH_COUNTRY.match(query.text) and all(
                normalise_name(e.name) in gz.COUNTRY_SET and s.text[m.end : m.end + 2] not in ("'s", "’s")
                for m, e in subjects if e.name in leading):
            # "which country bought the most tunisian oil": "Italy remained the largest buyer, taking
            # 96,000 tonnes" in a story of Tunisia's: the country leading is the one asked for, the
            # home's trade its own in the story of it. (Not "China's General Administration of
            # Customs ...": a country owning the subject is no subject.)
            hits += 0.5
        elif leading and (kind != "other" or not rivals):
            conflicts.append(f"about {', '.join(sorted(leading))}, not {key}")
        elif kind == "place" and rivals and _city_end(query.text, key, s.text, rivals):
            # "how many containers went to China?" / "sent 2,340 containers ... to Shanghai": a
            # city of the country asked names it as the end, no rival place.
            hits += 0.5
        elif kind == "place" and rivals and (other := _other_end(query.text, key, s.text, rivals)):
            conflicts.append(other)
        elif key in paragraph_names and kind == "place" and before is not None and all(w in before for w in key.split()):
            # "Russia's timber exports to China fell 6.8% ... By value, shipments dropped 9.4%": the
            # sentence carries on the one before it, which names the end asked.
            hits += 0.5
        elif key in paragraph_names and kind == "place" and _gathering_there(s.text) and not _region_asked(query, key):
            # "why did chinese firms go to shenyang?" / "The summit in Shenyang ... The conference was
            # attended by ... 800 Chinese enterprises hoping to ...": the gathering the sentence goes
            # on about is the one its paragraph places, so going there is attending it.
            hits += 0.5
        elif key in paragraph_names and kind == "place" and topics.get(key, 0) < 3 and asked_as_end(query.text, key, query):
            # "exports to Japan" against "Spain exported 812,000 tonnes", whose paragraph lists
            # Japan among other buyers: the figure is the whole trade, not the part to Japan.
            # (The story's home is no such end: "went overseas from Korea" is Korea's exports.)
            conflicts.append(f"does not name {key}")
        elif kind == "place" and rivals and _asked_at(query.text, key) and _in_cities_of(key, s.text, rivals):
            # "What is Deccan planning in Russia?" / "... to assemble 15,000 tractors a year in the
            # Nizhny Novgorod region": a city or region of the country asked is in it, no rival.
            hits += 0.85
        elif key in paragraph_names and kind == "place" and rivals and _asked_at(query.text, key) and any(
                IN_PLACE.search(s.text[max(0, m.start - 8) : m.start]) for m, _ in rivals):
            # "how many ships are waiting at Thunder Bay" over "11 bulk carriers were waiting at
            # anchor in English Bay", whose paragraph names Thunder Bay only as another route.
            conflicts.append(f"about {', '.join(sorted({e.name for _, e in rivals}))}, not {key}")
        elif key in paragraph_names and kind == "place" and topics.get(key, 0) < 2 and query.intent in ("figure", "derived") and (
                owners := sorted({e.name for m, e in rivals if _OWNS_A_MEASURE.match(s.text, m.end)})):
            # "Gold exports jumped 27% ..., accounting for 54% of Kyrgyzstan's total exports" is
            # Kyrgyzstan's, not Kazakhstan's, which its paragraph names once among gold's buyers.
            # ("China's Alxa Northern Logistics" owns a body, no measure.)
            conflicts.append(f"about {', '.join(owners)}, not {key}")
        elif kind in ("place", "other") and (other := _other_facility(query.text, key, s.text, mentions, asked)):
            # "How much cargo did the port of Aktau handle?" over "The ... Port at Alat handled 3.9
            # million tonnes", whose paragraph names Aktau's port only in passing: another port's figure.
            conflicts.append(f"about {other}, not {key}")
        elif kind == "org" and query.intent == "who" and key not in paragraph_names and (
                holder := _post_holder_body(s.text, rivals)):
            # "who is the head of the National Wine Agency?" / "a delegation led by Liu Wei,
            # vice-chairman of the Shanghai Wine and Spirits Association": the person named holds
            # a post of another body, however much the story is about the one asked.
            conflicts.append(f"about {holder}, not {key}")
        elif key in paragraph_names or _called_by_head(heads.get((s.article_id, key), set()), text):
            hits += 0.5
        elif query.intent == "why" and _speaks_of_the_way(query.text, key, s.text):
            # "why did they pick the route thru constanta?" / "The route was chosen because ...":
            # the sentence names the very thing asked, which the question ties to the place
            # (the places its reason names are no rivals).
            hits += 0.5
        elif rivals and kind == "place" and (not topics.get(key) or (
                topics[key] < 2 and any(IN_PLACE.search(s.text[max(0, m.start - 8) : m.start]) for m, _ in rivals))):
            # "40 firms set up businesses in Liaoning" does not answer the same about Jilin, nor
            # "launch the drug in the United States" about Europe, which the lead only mentions.
            conflicts.append(f"about {', '.join(sorted({e.name for _, e in rivals}))}, not {key}")
        elif (kind == "place" and carried and key not in carried and not any(f" {key} " in f" {c} " for c in carried)
              and _COUNTRY_OF_CAPITAL.get(key) not in carried and not (key in topics and _WE_QUOTED.match(s.text))  # "the Vientiane forum", the paragraph carrying on about Laos
              and not (query.intent == "who" and topics.get(key, 0) >= 2)):
            # (a post holder is no figure carried on: "who is Namibia's mines minister?" / "Mines and
            # Energy Minister Petrus Haindongo told parliament" after a paragraph on shipments to
            # China is the minister of the story's own country)
            # (the Port of Rotterdam carried on is Rotterdam's)
            # "In August, they had risen 24.8%" follows a paragraph about Taiwan: it is Taiwan's.
            conflicts.append(f"about {', '.join(sorted(set(carried.values())))} (named just before), not {key}")
        elif kind in ("place", "other") and not rivals and topics.get(key, 0) >= 2 and _THE_COUNTRY.search(s.text):
            # "what share of the solomons logs does china buy?" / "China buys about 68% of the
            # country's logs" in a story led by the Solomons: "the country" is the story's own.
            hits += 0.5
        elif before is not None and phrase_keys(key) <= before:
            # "... signed an agreement with China's COSCO Shipping. / The agreement is worth 85
            # billion roubles": the sentence goes on about a thing told with the name just before.
            hits += 0.5
        elif key not in topics:
            conflicts.append(f"does not name {key}")
        elif topics[key] == _STORY_WORD:
            if _measures_other_goods(key, s.text):
                conflicts.append(f"does not name {key}")
            else:
                hits += 0.5
        elif kind == "place" and query.intent == "why" and _THE_ROUTE.search(s.text):
            # "why isn't bulk robusta flown to China?" / "the air route mainly suited premium
            # arabica, because ...": the story's route, unnamed here, runs to the end it names.
            hits += 0.5
        elif kind == "place" and topics[key] < 3 and asked_as_end(query.text, key, query):
            # "exports to the US": where they went must be said, in the sentence or its paragraph,
            # however often the story names the US.
            conflicts.append(f"does not name {key}")
        elif kind == "other" and topics[key] == 2 and query.intent in ("figure", "derived") and len(query.entity_keys) >= 2:
            # "What were Corvista's US sales?" / "U.S. sales rose 16% to $5.6 billion": the other
            # name asked is told, the product the headline names is not; the company's figure.
            conflicts.append(f"does not name {key}")
        elif kind == "person" and query.intent == "what" and not _refers_to_person(query, key, s.text):
            # "what did orpo and michal sign?" / "Freight companies from both countries signed 14
            # agreements": a person the story leads with does no deed of a sentence that names
            # neither them nor, by pronoun or post, refers to them.
            conflicts.append(f"does not name {key}")
        elif topics[key]:
            hits += 0.5  # what the whole story is about, unnamed here: "the company said"
    return hits, conflicts


class _Rivals(NamedTuple):
    """The names of one kind a sentence gives besides those asked (_rivals_of); read only."""

    rivals: list[tuple[MentionRow, EntityRow]]  # its mentions of the kind not asked, nor inside a name asked
    subjects: list[tuple[MentionRow, EntityRow]]  # those the sentence may be about (its places, for an "other" asked)
    leading: frozenset[str]  # the names of those that lead the sentence: its subject


def _rivals_of(text: str, facts: _SentenceFacts, mentions: list[tuple[MentionRow, EntityRow]], asked: frozenset[str],
               capitals: frozenset[str], kind: str) -> _Rivals:
    """The sentence's rival names of a kind for the names asked (`capitals`: asked & _CAPITAL_COUNTRIES),
    its possible subjects and those leading it: a function of the sentence's rows and the names
    asked alone, the same for each key asked and each question asking those names."""
    # "How much is Ottawa putting up?" asks Canada's government; "In Ottawa, the minister
    # announced ..." names it, not a rival place.
    # "The European Union took ...": its "European" is part of the name asked, no rival place.
    # (the spans of names asked, read only against a mention of the kind, by the keys of each
    # mention the sentence's facts hold: most sentences have none of the kind)
    same_kind = facts.by_kind.get(kind, ())
    within = [(m.start, m.end) for (m, _), keys in zip(mentions, facts.mention_keys) if not keys.isdisjoint(asked)] \
        if same_kind else []
    # (Ottawa asked: the key is one of `asked`, so `capitals` holds its country.)
    rivals = [(m, e) for m, e, keys in same_kind if keys.isdisjoint(asked)
              and not (within and _nested(m, within))
              # "when did beijing put the duties on australian barley": "Beijing imposed the
              # duties" is China acting, which is asked too, no rival of Australia's
              and not (capitals and capital_of(e, capitals))]
    # A name the story gives no kind ("Jalisco with $1.45 billion") asked, and the sentence's
    # subject a place ("Southern Chiapas posted ..."): about that place, as about another body.
    subjects = rivals if kind != "other" or rivals else [
        (m, e) for m, e, keys in facts.by_kind.get("place", ()) if keys.isdisjoint(asked)]
    # The sentence's subject, unless the sentence opens a quotation ("Mexico gives us ...").
    # ... "Southern Chiapas posted", "Western state Michoacan remained" lead with it too.
    # ("The Ningbo-based company has invested ..." leads with the firm, the place its home.)
    # (which of its mentions may lead it is the sentence's own: _SentenceFacts.leads)
    leads = facts.leads
    leading = frozenset(e.name for m, e in subjects if (m.start, m.end) in leads) if leads else frozenset()
    return _Rivals(rivals, subjects, leading)


def _rivals_kept(store: Store, query: Query) -> dict[tuple[int, str], _Rivals] | None:
    """_rivals_of by sentence id and kind for the names a question asks, kept per store handle and
    set of names (a write clears it), as _named_by_keys keeps named_by. None when none is asked."""
    if not query.entity_keys:
        return None
    return store.memo("entity_rivals", frozenset(query.entity_keys), dict, limit=NAMED_BY_KEPT)  # type: ignore[no-any-return]


def _ends_named_apart(key: str, padded: str) -> bool:
    """ "piraeus heraklion passengers", the story's "Piraeus-Heraklion" route: two names no
    dictionary knows, typed side by side, are the route's two ends, which "from Piraeus to
    Heraklion" names, each word on its own."""
    words = key.split()
    return len(words) == 2 and words[0] != words[1] and all(
        not is_known_word(w) and f" {w} " in padded for w in words)


# "He said ...", "the minister signed": a person referred to without their name.
_PERSON_PRONOUN = lazy_compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)


def _refers_to_person(query: Query, key: str, text: str) -> bool:
    """Whether a sentence refers to the person asked by a pronoun or by the last word of a post
    the story gives them ("Finnish Prime Minister Petteri Orpo" ... "the minister said"); true
    of a person given no post."""
    if _PERSON_PRONOUN.search(text):
        return True
    lowered = text.lower()
    posts = {role.split()[-1].lower() for e in query.entities if key in _entity_keys(e) for role in e.roles if role.split()}
    if not posts:
        # only a person the story gives a post is judged so: a name known by nothing else may be
        # a firm's read as a person's ("what industries does kirin sell its robots to")
        return True
    return any(re.search(rf"\b{re.escape(post)}s?\b", lowered) for post in posts)


# A site known by the place it stands in: "the port of Aktau", "Aktau port", "the plant in Pune".
_WIDE_PLACES: frozenset[str] = gz.COUNTRY_SET | {p.lower() for p in (*gz.REGIONS, *gz.STATES)}
_FACILITY = r"(?:sea\s?port|port|airport|terminal|refinery|smelter|plant|factory|mine)"
_FACILITY_WORD = lazy_compile(rf"\b{_FACILITY}", re.IGNORECASE)
# "... A new deep-water berth at Nouadhibou ... opened last month. / Ahmed Salem Ould Brahim,
# director general of the port, said ...": a paragraph opening on a person whose post is of a site
# told by its kind alone holds that post at the place the paragraph before ended on.
_POST_OF_THE_SITE = lazy_compile(rf"^[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,4}},\s+(?:[a-z]+\s+){{1,3}}of\s+the\s+{_FACILITY}\s*,")


@lru_cache(maxsize=1024)
def _facility_asked(question: str, key: str) -> str:
    """The kind of site the question asks by this place's name ("port" for "the port of Aktau"), or ""."""
    if not _FACILITY_WORD.search(question):
        # Both patterns below hold a facility word after a word boundary: a question with none
        # (nearly all) is answered without compiling two patterns for its (question, key) pair.
        return ""
    words = re.escape(key).replace(r"\ ", r"\s+")
    # Each pattern is compiled only when a static one finds what it needs besides the key: most
    # questions with a facility word name it after no key and before no "of", "at" or "in".
    m = ((_FACILITY_OF.search(question) and re.search(rf"\b({_FACILITY})s?\s+(?:of|at|in)\s+(?:the\s+)?{words}\b", question, re.IGNORECASE))
         or (_may_name_facility(question, key) and re.search(rf"\b{words}(?:'s)?\s+({_FACILITY})s?\b", question, re.IGNORECASE)))
    return m.group(1).lower() if m else ""


_FACILITY_OF = lazy_compile(rf"\b{_FACILITY}s?\s+(?:of|at|in)\s", re.IGNORECASE)
# (a lookahead: every place such a tail starts, overlapping ones too: "sea port" holds " port")
_FACILITY_AFTER = lazy_compile(rf"(?=(?:'s)?\s+{_FACILITY}s?\b)", re.IGNORECASE)


def _may_name_facility(question: str, key: str) -> bool:
    r"""False only when rf"\b{key}(?:'s)?\s+({_FACILITY})s?\b" cannot match: no facility word
    after a space has the key's last word right before it (or before its "'s"). Unsure
    (non-ASCII, where lower case may shift offsets): True."""
    if not (question.isascii() and key.isascii()):
        return True
    lower, last = question.lower(), key.split(" ")[-1].lower()
    for m in _FACILITY_AFTER.finditer(question):
        if lower.endswith(last, 0, m.start()) or (lower.startswith("'s", m.start()) and lower.endswith(last, 0, m.start() + 2)):
            return True
    return False


def _other_facility(question: str, key: str, text: str, mentions: list[tuple[MentionRow, EntityRow]], asked: frozenset[str]) -> str:
    """Another name of the sentence that the same kind of site stands in ("Port at Alat", "Alat
    port"), when the question asks that site by another place; "" when none."""
    noun = _facility_asked(question, key)
    if not noun or key in _WIDE_PLACES:
        # "the assembly plant in Poland" is the one in Stalowa Wola: a country or region holds its sites.
        return ""
    for m, e in mentions:
        if not _entity_keys(e).isdisjoint(asked):
            continue
        if (re.search(rf"\b{noun}s?\s+(?:of|at|in)\s+(?:the\s+)?$", text[max(0, m.start - 20) : m.start], re.IGNORECASE)
                or re.match(rf"(?:'s)?\s+{noun}s?\b", text[m.end : m.end + 20], re.IGNORECASE)):
            return e.name
    return ""


@lru_cache(maxsize=256)
def _named_as_time(question: str, key: str) -> bool:
    """Whether the question names this place right after "before", "prior to" or "until": a time
    (before the place was built or opened), not where the thing asked is."""
    lower = question.lower()
    # (the time word first: a question with none, nearly all, compiles no pattern for its place)
    return _BEFORE_WORD.search(lower) is not None \
        and re.search(rf"\b(?:before|prior\s+to|until|till)\s+(?:the\s+)?{re.escape(key)}\b", lower) is not None


_BEFORE_WORD = lazy_compile(r"\b(?:before|prior\s+to|until|till)\s")


@lru_cache(maxsize=256)
def _asked_at(question: str, key: str) -> bool:
    """Whether the question names this place after "in" or "at": where the thing asked is."""
    at = question.lower().find(key)
    return at > 0 and bool(IN_PLACE.search(question.lower(), max(0, at - 8), at))


# What may stand before a place that is still its sentence's subject: a compass point, a kind of place.
# A definite "the company" (or "the Birmingham-based company") in a sentence another body leads.
_FIRM_REFERENCE = lazy_compile(r"\bthe (?:[\w-]+-based )?(?:company|firm|group|utility|lender|retailer|carrier|miner|insurer)\b")
# What a body no firm is does: regulates, governs, judges.
_PUBLIC_BODY = lazy_compile(r"\b(?:regulator|watchdog|ministry|agency|authority|court|tribunal|government|commission)\b", re.IGNORECASE)
_PLACE_LEAD = re.compile(r"(?:(?:North|South|East|West|Central)(?:ern|-\w+)?\s+)?(?:(?:state|province|region|city|county|district)\s+(?:of\s+)?)?$")


def asked_as_end(question: str, key: str, query: Query) -> bool:
    """Whether the question names this place, by any of its names, after "to" or "from": an end
    of a trade or trip ("exports to the US"); or after "with" a balance is kept ("Japan's trade
    surplus with the US" is no surplus with the whole world)."""
    names = {normalise_name(n) for e in query.entities if key in _entity_keys(e) for n in (e.name, *e.aliases)} | {key}
    partners = tuple(("with", said) for said in _PARTNER_ASKED.findall(normalise_name(question)))
    for _, said in _ends_asked(question) + partners:
        words = said.split()
        # "to the US": the country by another of its names
        spelled = {normalise_name(p) for n in (1, 2) if (p := canonical_place(" ".join(words[:n])))}
        if (any(f"{said} ".startswith(name + " ") for name in names) or spelled & names) and not _gathering_after(words):
            return True
    return False


def _gathering_there(text: str) -> bool:
    """The sentence opens on a gathering by its kind alone ("The conference was attended by ...")."""
    if not text.startswith("The "):
        return False
    m = _THE_THING.match(text)
    return m is not None and m[1] in _GATHERINGS


# A region's own role ("Liaoning", a "province"): a gathering is held in a town of it, so its
# paragraph naming the region ("the capital of Liaoning province") places no gathering there.
_REGION_ROLES = frozenset("province region state county territory country".split())


def _region_asked(query: Query, key: str) -> bool:
    """The place asked by this key is a country or a region by its roles ("40 russian firms went to
    liaoning": no gathering's town, so going there is no attending of it)."""
    if key in gz.COUNTRY_SET:
        return True
    entity = next((e for e in query.entities if normalise_name(e.name) == key), None)
    return entity is not None and any(" of " not in r and r.split()[-1].lower() in _REGION_ROLES for r in entity.roles if r)


def _gathering_after(words: list[str]) -> bool:
    """ "went to the Shenyang summit": the place names where a gathering was, no end of a trade or trip."""
    return len(words) == 2 and (words[1] in _GATHERINGS or words[1].rstrip("s") in _GATHERINGS or words[1] in _GATHERING_NOUNS)


# "came to the Shenyang meet": a word that is a gathering only as a noun (the conference synonyms
# leave it out, since "meet" is mostly the verb), as it is after a place named before it.
_GATHERING_NOUNS = frozenset({"meet", "meets"})


# "European Union", "Eurasian Economic Union": a union whose commission, council or parliament
# ("the European Commission approved ...") acts for it, as a capital acts for its country.
_UNION_NAME = lazy_compile(r"^(\w+)\s+(?:economic\s+)?union$")
_UNION_BODY = lazy_compile(r"^(\w+)\s+(?:economic\s+)?(?:commission|council|parliament)$")


def _union_body_named(key: str, query: Query, bodies: frozenset[str]) -> bool:
    """Whether the sentence names a governing body of the union asked by this key (`bodies`: the
    unions whose bodies the sentence names, _SentenceFacts.union_bodies)."""
    # The sentence's union bodies first, read once per sentence: nearly every sentence names none,
    # and then the unions asked (every name of every entity asked, normalised and matched, per key
    # and candidate) need not be worked out.
    if not bodies:
        return False
    stems = {m.group(1) for e in query.entities if key in _entity_keys(e) for n in (e.name, *e.aliases)
             if (m := _UNION_NAME.match(normalise_name(n)))}
    return not stems.isdisjoint(bodies)


@lru_cache(maxsize=4096)
def _union_body_stem(name: str) -> str:
    """ "european" for "European Commission": the union a governing body's name says it is of, or ""."""
    body = _UNION_BODY.match(normalise_name(name))
    return body.group(1) if body is not None else ""


def _city_end(question: str, key: str, text: str, rivals: list[tuple[MentionRow, EntityRow]]) -> bool:
    """Whether the country asked as an end ("went to China") is the sentence's end by one of its
    cities ("to Shanghai", "to buyers in Biella and Milan")."""
    for prep, name in _ends_asked(question):
        if f"{name} ".startswith(key + " ") and any(
                _city_of(e, key) and (before := _CITY_END_BEFORE.search(text, max(0, m.start - 40), m.start))
                and before.group(1).lower() in _END_WORDS[prep] for m, e in rivals):
            return True
    return False


# Right before the city: the end word, perhaps through its buyers or port ("to buyers in Biella
# and Milan", "for the port of Qingdao"), but no verb ("to use Vladivostok" is no end).
_CITY_END_BEFORE = lazy_compile(
    r"\b((?i:from|to|for))\s+(?:the\s+)?(?:[a-z]+s\s+(?:of|in|at)\s+|port\s+of\s+)?(?:[A-Z][\w-]*\s+(?:and|or)\s+)?$")
_END_WORDS = {"to": ("to", "for"), "from": ("from",)}


def _in_cities_of(key: str, text: str, rivals: list[tuple[MentionRow, EntityRow]]) -> bool:
    """Whether the places the sentence puts something in ("in the Nizhny Novgorod region") are
    all cities or regions of the country the key names (at least one)."""
    inside = [e for m, e in rivals if IN_PLACE.search(text[max(0, m.start - 8) : m.start])]
    return bool(inside) and all(_city_of(e, key) for e in inside)


def _city_of(entity: EntityRow, key: str) -> bool:
    """Whether the place is a city or port of the country the key names ("Milan" of "italy")."""
    country = gz.country_of_city(entity.name) if entity.kind == "place" else ""
    return bool(country) and normalise_name(country) == normalise_name(gz.PLACES.get(key, key))


def _other_end(question: str, key: str, text: str, rivals: list[tuple[MentionRow, EntityRow]]) -> str:
    """ "Imports from China" is not answered by "Imports from the United States rose 8.3%", even
    where China is what the story is about: the place after the asked "from" or "to" is another."""
    for prep, name in _ends_asked(question):
        if not f"{name} ".startswith(key + " "):
            continue
        for m, e in rivals:
            before = _END_BEFORE.search(text, max(0, m.start - 10), m.start)
            # ("according to Armenia's Statistical Committee" names who tells it, no end; as _ends_written)
            if before is not None and before.group(1).lower() == prep and not _SOURCE_TO.search(text, max(0, m.start - 20), m.start):
                return f"{prep} {e.name}, not {prep} {key}"
    return ""


@lru_cache(maxsize=4096)  # per question: asked of every sentence that names another place
def _ends_asked(question: str) -> tuple[tuple[str, str], ...]:
    # "why are roasters turning to indonesian beans": the "to" of a turn is the choice made, no
    # end of a trade ("Exports to Italy ..., as Italian roasters sought alternatives" answers)
    said = normalise_name(question)
    return tuple((m.group(1), m.group(2)) for m in _END_ASKED.finditer(said) if not _TURN_BEFORE.search(said, 0, m.start()))


def _passages_asked(question: str) -> tuple[str, ...]:
    """ "What share of the timber shipped via Kribi goes to China?": the words after "via" or
    "through", the way the goods pass, which trades nothing itself."""
    said = normalise_name(question)
    if " via " not in said and " through " not in said and " thru " not in said:
        return ()
    return tuple(m.group(1) for m in _PASSAGE_ASKED.finditer(said))


_PASSAGE_ASKED = lazy_compile(r"\b(?:via|through|thru)\s+(?:the\s+)?(\w+(?:\s+\w+)?)")
_OWNS_A_MEASURE = re.compile(r"['’]s\s+[a-z]")
_END_ASKED = re.compile(r"\b(from|to)\s+(?:the\s+)?(\w+(?:\s+\w+)?)")
_PARTNER_ASKED = re.compile(r"\b(?:surplus|deficit|balance|trade)\s+with\s+(?:the\s+)?(\w+(?:\s+\w+)?)")
_TURN_BEFORE = lazy_compile(r"\b(?:turn|turns|turned|turning|switch|switches|switched|switching|shift|shifts|shifted|shifting"
                            # "where is the port relative to santiago": the place set against, no end of a flow
                            r"|relative|relation|respect)\s+$")
_END_BEFORE = re.compile(r"\b(from|to)\s+(?:the\s+)?$", re.IGNORECASE)
_HEAD_NOUNS = frozenset("""committee bank company group ministry agency council commission union government
regulator authority board court parliament fund firm carmaker miner exchange central department office
cooperative railway""".split())


# "the Chinese side", "the chinese led group": a body the question names by its nation's adjective.
_BODY_NOUNS = "|".join(sorted(gz.ORG_NOUNS | {"side", "partner", "consortium", "investor", "owner", "shareholder"}))
_NAME_AFTER = r"((?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*)"
# What every _body_nation_pattern ends in, searched before one is compiled for the question's country.
_BODY_NOUN_AFTER = lazy_compile(rf"\s(?:{_BODY_NOUNS})s?\b", re.IGNORECASE)


def _country_asked(key: str) -> str:
    """The country an asked key names, by its adjective ("chinese") or its name ("china"), or ""."""
    if key in DEMONYMS:
        return DEMONYMS[key]
    return gz.PLACES.get(key, "") if key in gz.COUNTRY_SET else ""


def _asked_as_body_nation(text: str, key: str) -> str:
    """The country whose adjective names a body in the question ("the Chinese company"), or ""."""
    country = _country_asked(key)
    if not country or not _BODY_NOUN_AFTER.search(text):
        return ""  # every country's pattern ends in a body noun: a question with none compiles none
    if text.isascii() and (adjectives := _plain_adjectives_of(country)) is not None:
        return country if _adjective_before_body(text, adjectives) else ""
    pattern = _body_nation_pattern(country)
    if pattern is not None and pattern.search(text):
        return country
    return ""


@lru_cache(maxsize=256)
def _adjectives_of(country: str) -> str:
    """The country's adjectives as a pattern's alternatives ("chinese|sino"), "" when it has none:
    read from DEMONYMS once a country, for the question's pattern and the story's bodies alike."""
    return "|".join(re.escape(d) for d, c in DEMONYMS.items() if c == country)


# What follows a nation's adjective in _body_nation_pattern, compiled once for every country.
_BODY_TAIL = lazy_compile(rf"(?:[\s-]+[a-z]+)?\s+(?:{_BODY_NOUNS})s?\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _plain_adjectives_of(country: str) -> tuple[str, ...] | None:
    """The country's adjectives in lower case, when each is ASCII starting and ending with a
    word character (None otherwise: its pattern is compiled as before)."""
    adjectives = tuple(d.lower() for d, c in DEMONYMS.items() if c == country)
    plain = all(a.isascii() and a[:1].isalnum() and a[-1:].isalnum() for a in adjectives)
    return adjectives if plain else None


def _adjective_before_body(text: str, adjectives: tuple[str, ...]) -> bool:
    """_body_nation_pattern(country).search(text) for an ASCII text, without compiling it: one of
    the adjectives at a word's start, followed by what _BODY_TAIL matches (a compiled country's
    pattern cost ~0.5 ms, paid by the first question naming the nation's firms)."""
    lower = text.lower()  # ASCII: the same offsets; IGNORECASE matches only case for ASCII
    for adjective in adjectives:
        i = lower.find(adjective)
        while i >= 0:
            if (i == 0 or not is_word_char(lower[i - 1])) and _BODY_TAIL.match(text, i + len(adjective)):
                return True
            i = lower.find(adjective, i + 1)
    return False


@lru_cache(maxsize=256)
def _body_nation_pattern(country: str) -> re.Pattern[str] | None:
    """A body named by the country's adjective, compiled once a country (None: it has none): the
    adjectives were joined and the pattern fetched from re's crowded cache, or compiled again, for
    every place key of every question."""
    adjectives = _adjectives_of(country)
    if not adjectives:
        return None
    return re.compile(rf"\b(?:{adjectives})(?:[\s-]+[a-z]+)?\s+(?:{_BODY_NOUNS})s?\b", re.IGNORECASE)


def _bodies_of_nation(store: Store, query: Query, articles: set[str]) -> dict[tuple[str, str], frozenset[str]]:
    """Per article and nation asked as a body's ("the chinese company"), the normalised names the
    story gives that nation's bodies: "China's Guangxi Hengtai Aluminium Group", "Chinese partner
    X", or "Xi'an-based Chang'an Logistics Group" where the story calls Xi'an a Chinese city."""
    keys = {k: country for k in query.entity_keys if (country := _asked_as_body_nation(query.text, k))}
    bodies: dict[tuple[str, str], frozenset[str]] = {}
    for article_id in articles if keys else ():
        for key, country in keys.items():
            if names := _article_bodies_of(store, article_id, country):
                bodies[(article_id, key)] = names
    return bodies


def _article_bodies_of(store: Store, article_id: str, country: str) -> frozenset[str]:
    """_bodies_named_of over the whole story, kept per store handle by article and nation (until
    the next write): it depends on nothing the question says, and its regexes over every paragraph
    were read again by each question naming the nation's firm (a tenth of a gather that does)."""
    def named() -> frozenset[str]:
        text = "\n".join(p for n in range(store.paragraph_count(article_id) + 1) if (p := store.paragraph(article_id, n)))
        return _bodies_named_of(text, country)
    return store.memo("bodies_of_nation", (article_id, country), named)  # type: ignore[no-any-return]


def _bodies_named_of(text: str, country: str) -> frozenset[str]:
    # The nation's words and its homes join fixed tails compiled once (finditer_after): the
    # pattern written per nation, 300-900 characters, cost 0.5-1.6 ms to compile for each.
    nation = tuple((w, True) for w in (f"{country}'s", *(_adjective_words(country) or ("",))))
    homes = {(c, True) for c in gz.cities_of(country)}  # ("Beijing-based", "Qingdao-based" as the text prints them)
    homes |= {(m.group(1), False) for m in finditer_after(text, tuple((w, f, _NATION_TOWN) for w, f in nation))}
    kept = tuple(sorted(homes))  # (in any order: each needs "-based" right after it)
    lead = tuple((w, f, _NATION_THEN_NAME) for w, f in nation) + tuple((w, f, _BASED_THEN_NAME) for w, f in kept)
    return frozenset(normalise_name(m.group(1)) for m in finditer_after(text, lead)) \
        | _bodies_described_of(text, kept) | _bodies_called_of(text, nation)


def _adjective_words(country: str) -> tuple[str, ...]:
    """The country's adjectives, in _adjectives_of's order."""
    return tuple(d for d, c in DEMONYMS.items() if c == country)


# The fixed parts of the patterns of a nation's bodies: after the nation's word, after a home's
# "-based", and a described name's apposition before its home.
_NATION_TOWN = lazy_compile(r"\s+(?:[a-z-]+\s+)?(?:city|port|province|region|town) of ([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_NATION_THEN_NAME = lazy_compile(r"\s+(?:[a-z-]+\s+){0,2}" + _NAME_AFTER)
_BASED_THEN_NAME = lazy_compile(r"-based\s+" + _NAME_AFTER)
_NAME_DESCRIBED = lazy_compile(rf"\b{_NAME_AFTER},\s+an?\s+")
_SPACE_LOWER = lazy_compile(r"\s+[a-z]")
_NATION_CALLED = lazy_compile(rf"(?:-[a-z]+)?\s+({_BODY_NOUNS})\b(?!\s+[A-Z])")


def _bodies_described_of(text: str, homes: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    """ "Hunan Xiangla Food Co, a Changsha maker of chilli sauce": a body the story describes, in
    the apposition after its name, by a city of the nation is that nation's, as a "Changsha-based"
    one is. (re.finditer of rf"\\b{_NAME_AFTER},\\s+an?\\s+(?:{homes})\\s+[a-z]": a name's words
    run to one comma only, so the name and the apposition are found once for all homes, and a
    match whose home fails holds no other start before its end.)"""
    if not homes:
        return frozenset()
    names: set[str] = set()
    m = _NAME_DESCRIBED.search(text)
    while m is not None:
        end = m.end()
        home = next((e for w, f in homes if literal_at(text, end, w, f)
                     and (e := _SPACE_LOWER.match(text, end + len(w))) is not None), None)
        if home is not None:
            names.add(normalise_name(m.group(1)))
        m = _NAME_DESCRIBED.search(text, home.end() if home is not None else end)
    return frozenset(names)


def _bodies_called_of(text: str, nation: tuple[tuple[str, bool], ...]) -> frozenset[str]:
    """ "the consortium" where the story told of a "Chinese-led consortium" with no name after it:
    the body of that nation, called back by its noun."""
    nouns = {m.group(1).lower() for m in finditer_after(text, tuple((w, f, _NATION_CALLED) for w, f in nation))}
    return frozenset(f"the {n}" for n in nouns)


def _names_body_of(facts: _SentenceFacts, bodies: frozenset[str], text: str) -> bool:
    """Whether the sentence names an organisation among `bodies`, or by the start of one ("Chang'an"),
    or calls one back by its noun ("the consortium")."""
    return bool(bodies) and (any(
        k == b or b.startswith(k + " ") for _, _, keys in facts.by_kind.get("org", ()) for k in keys for b in bodies)
        or any(re.search(rf"\b{b}\b", text, re.IGNORECASE) for b in bodies if b.startswith("the ")))


def _heads_by_key(query: Query, sentences: dict[int, SentenceRow], store: Store | None = None) -> dict[tuple[str, str], set[str]]:
    """Per article and asked name, the head nouns a sentence may call it by ("the committee")."""
    heads: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity in query.entities:
        if entity.kind == "place" and store is not None and (nouns := _story_site_of(query, entity, sentences, store)):
            # "what year did doraleh port open" / "The port, built by ..., opened in 2017" in a
            # story headlined on Doraleh port: the one site the story is about goes on as "the port"
            for key in _entity_keys(entity) & set(query.entity_keys):
                heads[(entity.article_id, key)].update(nouns)
        if entity.kind in ("org", "other") and (site := _site_named(entity.name, sentences, entity.article_id)):
            # "inaugurated the Timure dry port ... Since trial operations began in March, the
            # port has received ...": the site the story names goes on as "the port"
            for key in _entity_keys(entity) & set(query.entity_keys):
                heads[(entity.article_id, key)].add(site)
        if entity.kind not in ("org", "other"):
            continue
        if noun := _acronym_noun(entity.name, sentences, entity.article_id):
            # "a floating production, storage and offloading (FPSO) vessel ... The vessel, named
            # ...": the noun the story spells the acronym before goes on for it
            for key in _entity_keys(entity) & set(query.entity_keys):
                heads[(entity.article_id, key)].add(noun)
        words = normalise_name(entity.name).split()
        # "the Department of Agriculture" is "the department"; "the Monetary Policy Committee" "the committee"
        head = (words[0] if len(words) > 2 and words[1] == "of" else words[-1]) if words else ""
        if len(words) > 2 and words[-2] == "co":
            # "Western Grain Co-operative" goes on as "the co-operative", normalised "co operative"
            head = f"co {head}"
        elif head in _COMPANY_FORMS and len(words) > 1:
            # "Sao Mai Delta Corp ... The company posted revenue of ...": a company's legal form
            # ends its name, and the story goes on calling it "the company"
            head = "company"
        if head.replace(" ", "") in _HEAD_NOUNS:
            for key in _entity_keys(entity) & set(query.entity_keys):
                heads[(entity.article_id, key)].add(head)
        elif len(words) > 2 and head in _AREA_HEADS:
            # "the Misrata Free Zone ... The free zone handled 742,000 TEUs": an area goes on as its
            # last two words ("the free zone", "the economic zone"), not "the zone" of any area
            for key in _entity_keys(entity) & set(query.entity_keys):
                heads[(entity.article_id, key)].add(" ".join(words[-2:]))
        for role in entity.roles:
            if called := role_heads(role):
                # "Sinopec Hambantota Energy, a joint venture between China's Sinopec and HIPG ...
                # said Li Hongtao, general manager of the joint venture": the body goes on as what
                # the story called it
                for key in _entity_keys(entity) & set(query.entity_keys):
                    heads[(entity.article_id, key)].update(called)
    return heads


# The last words of an area's name it goes on by, with the word before: "the free zone".
_AREA_HEADS = frozenset("zone park estate".split())
# The nouns a body's role may end its kind with, which a later "the <kind>" calls it by.
_ROLE_BODY_NOUNS = _HEAD_NOUNS | frozenset("venture operator consortium partnership subsidiary".split())
_ROLE_CUT = frozenset("between of with in for from that which and based".split())


@lru_cache(maxsize=1024)
def role_heads(role: str) -> tuple[str, ...]:
    """ "a joint venture between China's Sinopec and HIPG" -> ("joint venture",): the kind of body
    a role gives, its last word before its first linking word with the plain word before it, or
    none when it ends on no body noun. A bare "company" or "group" is left out: "the company" of
    a story on one firm is that firm, not the "sister company" it names in passing."""
    words = role.split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    kind = words[: next((i for i, w in enumerate(words) if w.lower() in _ROLE_CUT), len(words))]
    if not kind or kind[-1] not in _ROLE_BODY_NOUNS:
        return ()
    if len(kind) >= 2 and kind[-2].isalpha() and kind[-2].islower():
        return (f"{kind[-2]} {kind[-1]}",)
    return () if kind[-1] in _BARE_FIRM_WORDS else (kind[-1],)


_BARE_FIRM_WORDS = frozenset("company firm group business bank".split())


# Facility words one site goes by ("the plant at Dholera ... The factory will employ ..."); a word
# not listed stands for itself alone.
_SITE_WORDS = {w: group for group in (frozenset({"plant", "factory", "facility", "works", "mill"}),) for w in group}
# "The port, built by ..." / "The factory will employ ...": a sentence opening on a site's bare
# noun (not "The port of Alat", "The plant at Dholera", which name theirs).
_OPENS_ON_SITE = lazy_compile(r"The ([a-z]+)\b(?!\s+(?:at|in|of|near)\s+[A-Z])")


def _story_site_of(query: Query, entity: EntityRow, sentences: dict[int, SentenceRow], store: Store) -> frozenset[str]:
    """The nouns the story calls the site asked by this place's name ("doraleh port", "the dholera
    plant"), or none: only when its headline names that kind of site (the story is about one)
    and the story ties the place to it, in the headline or a candidate ("The plant at Dholera",
    "Doraleh port")."""
    noun = _facility_asked(query.text, entity.name.lower()) if entity.name.lower() in query.text.lower() else ""
    if not noun or noun not in store.headline_words(entity.article_id):
        return frozenset()
    nouns = _SITE_WORDS.get(noun, frozenset({noun}))
    if not any(k in store.headline_words(entity.article_id) for k in _entity_keys(entity)) and not any(
            s.article_id == entity.article_id and entity.name in s.text and _ties_site(s.text, entity.name, nouns)
            for s in sentences.values()):
        return frozenset()
    return nouns


def _ties_site(text: str, name: str, nouns: frozenset[str]) -> bool:
    """Whether the text names the site by the place: "plant at Dholera", "Dholera plant"."""
    lower, at = text.lower(), text.find(name)
    before, after = lower[max(0, at - 20) : at].split(), lower[at + len(name) : at + len(name) + 20].split()
    # ("the Punta Rincon terminal, which ...": the noun before its comma)
    return (len(before) >= 2 and before[-1] in ("at", "in", "near", "of") and before[-2] in nouns) or bool(after and after[0].rstrip(",;:.") in nouns)


def _opens_on_site(text: str, nouns: set[str]) -> bool:
    """Whether the sentence opens "The <site noun>" with no place of its own after it, or reports
    what "the <site noun>" will do ("Haixing Chairman Liu Guanghua said the terminal would be used
    to ..."): the story's site, whatever places the sentence goes on to name."""
    m = _OPENS_ON_SITE.match(text) if text.startswith("The ") else None
    if m is None and "said the " in text:
        m = _SAID_THE_SITE.search(text)
    return m is not None and m.group(1) in nouns


_SAID_THE_SITE = lazy_compile(r"\bsaid the ([a-z]+)\s+(?:would|will|is|was|could|should|had|has)\b")


def _acronym_noun(name: str, sentences: dict[int, SentenceRow], article_id: str) -> str:
    """The noun right after an acronym spelt out in brackets ("vessel" for "(FPSO) vessel"), or "".
    A verb there ("(CORC) said", "(CORC) plans") is no noun: words ending in -s or -ed are left."""
    if not name.isupper() or not 2 <= len(name) <= 6:
        return ""
    for s in sentences.values():
        if s.article_id == article_id and f"({name})" in s.text and (m := _acronym_pattern(name).search(s.text)):
            noun = m.group(1)
            return "" if noun in STOPWORDS or noun.endswith(("s", "ed")) else noun
    return ""


@lru_cache(maxsize=256)
def _acronym_pattern(name: str) -> re.Pattern[str]:
    """_acronym_noun's pattern, compiled once a sentence spells the acronym out."""
    return re.compile(rf"\({re.escape(name)}\)\s+([a-z]{{3,}})\b")


# The legal forms that close a company's name ("Sao Mai Delta Corp", "Halvorsen Petroleum ASA").
_COMPANY_FORMS = frozenset({"corp", "corporation", "inc", "co", "ltd", "plc", "llc", "jsc", "asa", "sa", "ag", "nv", "spa"})


def _site_named(name: str, sentences: dict[int, SentenceRow], article_id: str) -> str:
    """The kind of site a name is told as ("port" for "the Timure dry port"), or ""."""
    for s in sentences.values():
        if s.article_id == article_id and name in s.text and (m := search_after(s.text, ((name, False, _SITE_AFTER),))):
            return m.group(1).lower()
    return ""


# What follows a name in _site_named (as rf"\b{re.escape(name)}" + this, with no pattern compiled per name).
_SITE_AFTER = lazy_compile(rf"\s+(?:[a-z-]+\s+)?({_FACILITY})\b")


# "the central bank", "the finance ministry": what a body is, standing for its name.
_BARE_INSTITUTION_NAMES = frozenset(gz.BARE_INSTITUTIONS)


_ASKS_WHICH_COUNTRY = lazy_compile(r"^\s*(?:which|what)\s+(?:country|countries|nation|nations)\b(?!['’]s)", re.IGNORECASE)


def _post_holder_body(text: str, rivals: list[tuple[MentionRow, EntityRow]]) -> str:
    """The name of a rival body the sentence gives someone a post of ("vice-chairman of the
    Shanghai Wine and Spirits Association"), or "": "of" just before the body's name."""
    for m, e in rivals:
        if _POST_OF.search(text, max(0, m.start - 40), m.start):
            return e.name
    return ""


_POST_OF = lazy_compile(r"\b(?:chairman|chairwoman|chair|president|head|chief|director|secretary|ceo|executive|officer|minister)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _leads_as_kind_asked(query: Query, key: str, leaders: list[EntityRow], text: str) -> bool:
    """ "which state fund has a stake in vestfjord": "Norfond Kyst, the state-backed fund that holds
    a 34% stake in the operator, ...": the body leading is of the kind asked, the answer, and the
    firm asked stands in it by what the story calls it ("the operator", its "ferry operator")."""
    asked = _ASKS_WHAT_KIND.match(query.text)
    if asked is None or not leaders:
        return False
    kind = re.compile(rf"\b{re.escape(asked.group(1).lower())}\b")
    if not all(kind.search(" ".join(e.roles).lower()) for e in leaders):
        return False
    own = {role.lower().split()[-1] for e in query.entities if key in _entity_keys(e) for role in e.roles if role.strip()}
    lower = text.lower()
    return bool(_FIRM_REFERENCE.search(lower)) or any(f" the {head} " in f" {lower} " or f" the {head}," in lower for head in own)


def _called_by_head(heads: set[str], normalised_text: str) -> bool:
    """ "The committee will next meet" names the Monetary Policy Committee asked about.
    (normalise_name drops a leading "the", so a sentence may open with the bare head noun.)"""
    return any(f" the {h} " in f" {normalised_text} " or normalised_text.startswith(h + " ")
               or bool(_built_by_head(h).search(f"{normalised_text} ")) for h in heads)


@lru_cache(maxsize=256)
def _built_by_head(head: str) -> re.Pattern[str]:
    """ "The Chinese-built railway carried 7.3 million tonnes" calls the Standard Gauge Railway back
    by its head noun too: a modifier telling who built, owned or ran it adds no other name."""
    return re.compile(rf"(?:^|\bthe )\w+ (?:built|owned|run|backed|financed|funded) {re.escape(head)} ")


def _kinds_by_key(query: Query) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for entity in query.entities:
        for key in _entity_keys(entity):
            if key in query.entity_keys:
                kinds.setdefault(key, entity.kind)
    return kinds


# "44.6 million in the quarter": the period is the story's quarter, not the September a sentence
# before it names; "in the nine months" is the story's nine months, not the quarter before it.
_ANAPHORIC_PERIOD = re.compile(r"\b(?:in|over|during|for) the (?:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) )?"
                               r"(quarter|month|half|year|week|fortnight)(?(1)s?)\b", re.IGNORECASE)
_SPAN_DAYS = {"week": (5, 8), "fortnight": (13, 16), "month": (28, 31), "quarter": (89, 92), "half": (181, 184), "year": (365, 366)}


def _names_a_period_only(query: Query) -> bool:
    # Not "year": "so far this fiscal year" is a running total, whatever span its sentence states.
    # "the same fortnight last year": the year is the base, the fortnight the period stated.
    if query.times and not (query.intent == "derived" and _SAME_PERIOD_ASKED.search(query.text)):
        return False
    return any(t.lemma in _PERIOD_WORDS for t in query.terms) or _whole_year_term(query) is not None


# "kelana's full year net profit": a whole year asked in so many words, which a quarter's figure
# is not (a bare "year" is no such span: "so far this year" is a running total).
_WHOLE_YEAR_WORDS = ("full year", "full-year", "whole year", "entire year")
_WHOLE_YEAR_LEMMAS = frozenset({"full", "whole", "entire"})


def _whole_year_term(query: Query) -> Term | None:
    """The word asking a whole year ("full" of "full-year profit"), if the question says one."""
    lower = query.text.lower()
    if "year" not in lower or not any(w in lower for w in _WHOLE_YEAR_WORDS):
        return None
    return next((t for t in query.terms if t.lemma in _WHOLE_YEAR_LEMMAS), None)


_SAME_PERIOD_ASKED = re.compile(r"\bsame (?:quarter|month|half|week|fortnight)\b", re.IGNORECASE)


_PERIOD_WORDS = frozenset({"quarter", "month", "half", "week", "fortnight"})
_OVERDUE_SPAN = re.compile(r"\b(quarter|month|week|fortnight)s?\s+(?:behind|overdue|late|past due|in arrears)\b", re.IGNORECASE)
# "did the train make the trip in under 3 weeks?": a length set against a bound, no period the
# figure is of ("over" left out: "rose over 3 months" is one)
_BOUNDED_SPAN = re.compile(r"\b(?:(?:more|less|longer|shorter|fewer) than|under|at (?:least|most)|in excess of)\s+(?:about\s+)?"
                           r"(?:\d+(?:\.\d+)?|an?|[a-z]+)\s+(quarter|month|week|fortnight)s?\b", re.IGNORECASE)
_COUNT_VALUES = SMALL_COUNTS
_COUNTED_PERIOD = re.compile(rf"\b({'|'.join(_COUNT_VALUES)}|\d{{1,2}})\s+(quarter|month|half|week|fortnight)s?\b")


def _dating_no_figure(figures: list[FigureRow], times: list[TimeRow]) -> frozenset[int]:
    """The sentence's times none of its figures is of, when it has figures: "fell 12.3% to 1.57
    million cases due to duties imposed by China in July" dates the duties, not the cases."""
    if not figures:
        return frozenset()
    periods = {f.period_text.lower() for f in figures if f.period_text}
    return frozenset(t.id for t in times if not any(t.text.lower() in p or p in t.text.lower() for p in periods))


def _period_words_dated(query: Query, missing: list[Term], found: list[Term], matched: list[Term], times: list[TimeRow],
                        unlinked: frozenset[int] = frozenset()) -> list[str]:
    """ "sales for the quarter" in a paragraph about "the July-September period": the word names a
    period the sentence's own or its paragraph's dates span, so it is found. The words whose period
    those dates contradict ("for the month" against only a quarter) are returned; a time no figure
    of the sentence is of (unlinked) finds a word but contradicts none."""
    dated = [x for x in times if x.start_date and x.end_date and not x.open_end]
    spans = [_days(x) for x in dated]
    binding = [_days(x) for x in dated if x.id not in unlinked]
    # "slipped to 19,402 at the end of June from 19,742 at the start of the year": from one
    # sentence's first date to its last, six months
    for sid in {x.sentence_id for x in dated}:
        own = [x for x in dated if x.sentence_id == sid]
        if len(own) >= 2:
            first, last = min(x.start_date for x in own), max(x.end_date for x in own)
            spans.append((date.fromisoformat(last) - date.fromisoformat(first)).days + 1)
            if not any(x.id in unlinked for x in own):
                binding.append(spans[-1])
    other: list[str] = []
    # "loans three months behind on repayments": how late a payment is, no period of the figure
    # ("90 or more days past due rose to 1.21%" in a half-year's results).
    overdue = {m.group(1).lower() for r in (_OVERDUE_SPAN, _BOUNDED_SPAN) for m in r.finditer(query.text)}
    whole_year = _whole_year_term(query)
    for t in [t for t in query.terms if (t.lemma in _PERIOD_WORDS or t is whole_year) and t not in matched]:
        if t.keys & query.count_keys:
            continue  # "how many months does the figure cover?": what is counted, no period it is of
        if t.lemma in overdue:
            if t in missing:
                missing.remove(t)
            continue
        low, high = _SPAN_DAYS["year" if t is whole_year else t.lemma]
        # "for the nine months": nine of them, the span "the first nine months" dates
        count = next((m for m in _COUNTED_PERIOD.finditer(query.text.lower()) if m.group(2) == t.lemma), None)
        if count:
            n = int(count.group(1)) if count.group(1).isdigit() else _COUNT_VALUES[count.group(1)]
            low, high = low * n, high * n
        if any(low <= days <= high for days in spans):
            if t in missing:
                missing.remove(t)
                if t is whole_year:
                    # "full" of "full-year" only tells the span the dates hold: no word found in the
                    # sentence (found words steer which of its figures is quoted)
                    continue
                found.append(t)
            matched.append(t)
        elif any(days > 1 for days in binding):
            other.append(t.word)
    return other


def _anaphoric_span(text: str) -> tuple[int, int] | None:
    """_SPAN_DAYS of the first period the text names by a word ("for the month"), else None."""
    m = _ANAPHORIC_PERIOD.search(text)
    if not m:
        return None
    low, high = _SPAN_DAYS[m[2].lower()]
    n = 1 if not m[1] else int(m[1]) if m[1].isdigit() else _COUNT_VALUES[m[1].lower()]
    return low * n, high * n


def _of_the_kind_said(span: tuple[int, int] | None, context: list[TimeRow], lead: Sequence[TimeRow] = ()) -> list[TimeRow]:
    """The context times of the span the sentence names by a word (its anaphoric_span), if any;
    else the lead's of that span: "cost it 98 billion yen in the quarter. It now expects a tariff
    hit ... for the year ending in March" is of the lead's July-September quarter, not of March."""
    if not span or not context:
        return context
    low, high = span
    kind = [t for t in context if low <= _days(t) <= high]
    return kind or [t for t in lead if low <= _days(t) <= high] or context


# "said in March that ...": the time of the telling right before the clause told.
_THAT_AFTER = lazy_compile(r"^,?\s+that\b")


def _told_that_then(text: str, times: Sequence[TimeRow], asked: list[TimeExpr]) -> bool:
    """A telling dated in the period asked and followed right away by the "that" clause it tells."""
    return any(t.start_date and t.end_date and _THAT_AFTER.match(text[t.end:]) and reporting_time(text, t)
               and any(_overlaps(a, t) for a in asked) for t in times)


def _days(t: TimeRow) -> int:
    """How many days a dated time spans, both ends counted: a quarter is 89 to 92."""
    return (date.fromisoformat(t.end_date) - date.fromisoformat(t.start_date)).days + 1


class _AskedPeriods:
    """The periods a question asks, read against each article's date: the same for every
    candidate sentence of an article, so worked out once per gather and date, not per sentence."""

    __slots__ = ("_by_date", "_query", "_reads")

    def __init__(self, query: Query) -> None:
        self._query = query
        self._by_date: dict[date | None, list[TimeExpr]] = {}
        self._reads: tuple[bool, bool, bool] | None = None

    def reads(self) -> tuple[bool, bool, bool]:
        """_period_agreement's reads of the question alone, worked out on its first candidate, not
        on each: whether a derived question asks a period's total (total_of_a_period), whether it
        asks the period alone (_period_alone), and whether only the very span asked fits (exact)."""
        if self._reads is None:
            query = self._query
            alone = _period_alone(query)
            exact = (query.intent in ("figure", "derived") or (query.intent == "what" and not query.wh and any(t.keys & MEASURES for t in query.required))
                     or alone)
            self._reads = (query.intent != "derived" or total_of_a_period(query.text), alone, exact)
        return self._reads

    def at(self, article_date: date | None) -> list[TimeExpr]:
        """Only those with both ends; a shared list, read and never changed."""
        asked = self._by_date.get(article_date)
        if asked is None:
            asked = [t for t in resolve_times(self._query, article_date) if t.start_date and t.end_date]
            self._by_date[article_date] = asked
        return asked


_MARKET_MOVE = lazy_compile(r"\b(?:shares|stocks?|index|futures|yields?|traded|trading|closed|opened)\b", re.IGNORECASE)
# "The plant currently builds the Corvan": of today, whatever the paragraph before dates.
_SAYS_NOW = lazy_compile(r"\b(?:currently|at present|presently|these days|right now)\b", re.IGNORECASE)


def _post_qualifiers_unsaid(posts: dict[Term, tuple[Term, str, bool]], matched: list[Term], own: frozenset[str] | set[str]) -> list[str]:
    """ "Who is India's power minister?" over "Finance Minister Pema Chhoden Namgyel told parliament"
    in a story headlined on power: the word that names the post's portfolio, right before the post,
    must be the sentence's own; found only in the headline's topic, the post named is another.
    `posts`: the question's pairs (_post_pairs)."""
    out: list[str] = []
    for t in matched:
        # (written right before it: "the fund's CEO" names the owner, no portfolio)
        if (pair := posts.get(t)) is not None and t.keys.isdisjoint(own) and pair[0] in matched:
            out.append(pair[1])
    return out


def _post_qualifiers_missing(posts: dict[Term, tuple[Term, str, bool]], missing: list[Term], matched: list[Term]) -> list[str]:
    """ "who's the govt transport minister in peru?" is not "Foreign Trade Minister Carlos Benavides
    signed an agreement": the word naming the post's portfolio, right before the post the sentence
    does name, is missing there; another word of the question ("govt") met instead does not make
    it that post. `posts`: the question's pairs (_post_pairs)."""
    out: list[str] = []
    for t in missing:
        if (pair := posts.get(t)) is not None and not pair[2] and pair[0] in matched:
            out.append(pair[1])
    return out


# "which federal minister", "the acting minister": a level of government or a standing in it,
# no portfolio ("Industry Minister Marie-Claude Tremblay" is the federal one asked).
_NO_PORTFOLIO = frozenset("""federal state provincial national local regional municipal central government govt cabinet
    senior top junior current new former acting interim""".split())


# The conflict a sentence gets when it dates nothing a dated question asks (yes-no reads it: _from_instead).
NO_DATE_FOR = "period: the sentence gives no date for "


def _period_agreement(query: Query, s: SentenceRow, facts: _SentenceFacts, article_date: date | None,
                      context: list[TimeRow], periods: _AskedPeriods, lead: Sequence[TimeRow] = (),
                      times: Sequence[TimeRow] = ()) -> tuple[float, str]:
    """How well the sentence's own dates fit the period asked: 2.0 for the same or a narrower
    period, 0.6 for a wider one that holds it; a conflict when it states none that fits."""
    total, alone, exact = periods.reads()
    if not total:
        return 0.0, ""  # "a year ago" there names the computation, not the period of a stated fact
    asked = periods.at(article_date)
    if not asked:
        return 0.0, ""
    stated: Sequence[TimeRow] = facts.event_times
    # (any time the sentence states: "since February 2022" only dates a comparison, but its "when"
    # clause an event)
    dated = _dating_when_clause(query, s.text, times) if facts.when_clause else None  # (most sentences have no "when")
    if dated is not None:
        stated = [dated]
    if facts.all_compared:  # stated, and each a time it is compared with (read once per sentence)
        # "Fuel prices fell 6.8%, deepening from a 5.3% drop in August": August is the figure it
        # is compared with; the sentence's own figure is of the period the story leads with.
        # A past year's level set against ("below their 2022 peaks") gives no figure of that year.
        stated = [*(t for t in stated if not _years_level(s.text, t)),
                  *(t for t in lead if t.start_date and t.end_date and not t.open_end and t.anchor != "on")]
    if stated and facts.anaphoric_span:
        # "... since 2022, and it booked restructuring costs of 640 million in the quarter": the
        # quarter the paragraph or the lead dates is stated too.
        low, high = facts.anaphoric_span
        stated = [*stated, *(t for t in [*context, *lead] if t.start_date and t.end_date and not t.open_end
                             and t.anchor != "on" and low <= _days(t) <= high)]
    if not stated and not alone and query.intent not in ("figure", "derived") and any(
            a.start_date.isoformat() <= t.start_date <= a.end_date.isoformat() for a in asked for t in facts.starts_from):  # type: ignore[union-attr]
        # "are energy bills coming down in january?" / "would raise the cap ... by 4.3% ... from
        # January 1": the change the sentence states starts in the month asked.
        return 0.6, ""
    # A date the sentence states itself fits better than one it takes from its paragraph.
    own = 1.0 if stated else 0.7
    # "Shares fell 11.4% by 1030 GMT, taking their losses since 2022 to 64%": a span since a year
    # runs to today, and dates the longer run, not the day's move.
    # So does a span that holds today: "Shares rose 3.4% to 41.20 euros by 1030 GMT, though the stock
    # is still down 22% this year".
    since_only = bool(stated) and all(t.anchor == "since" or article_date is not None and t.start_date and t.end_date
                                      and t.start_date < article_date.isoformat() <= t.end_date for t in stated)
    if (not stated or since_only) and article_date and all(a.start_date == a.end_date == article_date for a in asked) and _MARKET_MOVE.search(s.text):
        # "Shares rose 2.3% by 1:30 p.m." asked "today": a market's undated move is the day's,
        # whatever half-year the story's results are of.
        return 0.3, ""
    if not stated and article_date and all(a.start_date == a.end_date == article_date for a in asked) and _SAYS_NOW.search(s.text):
        return 0.6, ""
    if not stated and _told_that_then(s.text, times, asked):
        # "Sidi said in March that CNPC had agreed to pay Niamey a $400 million advance": a
        # reported clause with no date of its own is news of the month it was told in.
        return 0.6, ""
    if not stated and context and all(t.anchor == "since" for t in context) and not (
            article_date and all(a.start_date == a.end_date == article_date for a in asked)):
        # "their highest level since 2022" dates no month: the lead's does ("rose 9.4% in September")
        context = [*context, *lead]
    if not stated:
        stated = _of_the_kind_said(facts.anaphoric_span, [t for t in context if t.start_date and t.end_date and not t.open_end and t.anchor not in ("on", "since")],
                                   [t for t in lead if t.start_date and t.end_date and not t.open_end and t.anchor not in ("on", "since")])
    if not stated and all(a.start_date == a.end_date for a in asked):
        # "Tuesday's auction" asked; "Brokers offered 6.42 million kg at the sale" follows a lead
        # that dates the auction "on Tuesday": a day asked may be the day its paragraph or the
        # lead is on.
        stated = [t for t in [*context, *lead] if t.anchor == "on" and t.start_date and t.start_date == t.end_date]
    if not stated:
        if article_date and all(a.start_date == a.end_date == article_date for a in asked):
            # "shares up or down today?": an undated move in a news story is the day's own.
            return 0.3, ""
        if query.intent in ("figure", "derived", "yesno") and not query.carried_times:
            return 0.0, NO_DATE_FOR + ", ".join(a.text for a in asked)
        return -1.0, ""  # silent on the period: weaker evidence, not a contradiction
    best = 0.0
    # A figure for 2024 does not answer Q1 2024; nor does September's trade answer a measure named
    # bare for a span ("give me CN-RU trade for the whole of jan to sept"): `exact`, read above.
    for a in asked:
        for t in stated:
            if (not exact and t.anchor in ("before", "until") and article_date and t.start_date and a.end_date
                    and a.end_date >= article_date and a.start_date.isoformat() < t.start_date and not _overlaps(a, t)):  # type: ignore[union-attr]
                # "is the bread price going up this year?" / "no plan to raise the price before next
                # year": the time until then holds the year asked
                best = max(best, 0.6)
                continue
            if _overlaps(a, t):
                inside = t.start_date >= a.start_date.isoformat() and t.end_date <= a.end_date.isoformat()  # type: ignore[union-attr]
                if exact and not (inside and same_span(a, t.start_date, t.end_date)):
                    if _fiscal_part(a, t) or _span_to_within(a, t, s) or _edition_of_gathering(query, a, t, s, article_date):
                        best = max(best, 1.5)
                    elif query.wants == "change" and _stock_at_end_of(a, t):
                        best = max(best, 1.5)
                    elif _season_of_year(a, t) or _fiscal_year_ended_in(a, t, article_date) or ((query.wants == "percent" or any(q.lemma == "rate" for q in query.terms))
                                                   and _year_to_month(a, t)):
                        best = max(best, 0.6)
                    continue
                if not inside and _future_day(a, article_date):
                    # "what's the weather in jakarta tomorrow?" / "the Sumatra crop this year was the
                    # best ...": a day still to come is not told by a span that merely holds it.
                    continue
                best = max(best, 2.0 if inside else 0.6)
    if best:
        # The last question's period only tells apart sentences about what this one names.
        return best * own * (0.3 if query.carried_times else 1.0), ""
    if exact and _named_in_words(asked, query.entity_keys, s.text):
        # "CN, which reported third-quarter revenue of C$4.31 billion last month": the period
        # asked is written into the figure's own words; the date given is when it was reported.
        # Only for a sentence naming whoever is asked: "CPKC's third-quarter revenue" is no CN's
        # that a paragraph mentioning CPKC gives.
        return 1.0 * (0.3 if query.carried_times else 1.0), ""
    if facts.all_compared and _set_against_the_one_before(asked, facts.event_times, article_date):
        # "how many russian exhibitors this year?" / "drew ... 420 from Russia, up from 310 Russian
        # exhibitors at last year's event": the date is the period before, set against; the figure is now's.
        return 0.6, ""
    if query.intent == "why" and _year_before_held(asked, stated, s.text):
        return 0.6 * own, ""
    if query.intent == "why" and _dated_only_in_cause(stated, s.text):
        return -1.0, ""  # silent on the period of the move itself: weaker evidence, not a contradiction
    return 0.0, f"period: the article gives {', '.join(t.text for t in stated)}, not {', '.join(a.text for a in asked)}"


# "the highest since February 2022 when Russia began the war": a time's relative "when" clause, to
# the clause's end.
_WHEN_CLAUSE = lazy_compile(r",?\s+when\s+[^,;.]+", re.IGNORECASE)


def _dating_when_clause(query: Query, text: str, stated: Sequence[TimeRow]) -> TimeRow | None:
    """The time whose "when" clause holds every required word asked ("did Russia invade Ukraine this
    year?" over "since February 2022 when Russia began the war in Ukraine"): it dates that event,
    whatever month the rest of the sentence is of. None when no such clause holds them all."""
    required = query.required
    if not required:
        return None
    for t in stated:
        clause = _WHEN_CLAUSE.match(text, t.end)
        if clause is None:
            continue
        if all(any(clause.start() <= a and b <= clause.end() for a, b in term_spots(text, [r])) for r in required):
            # "since February 2022 when ...": the event is at the span's start, not all the way since
            return replace(t, end_date=t.start_date, open_end=False, anchor="") if t.anchor == "since" else t
    return None


def _future_day(asked: TimeExpr, article_date: date | None) -> bool:
    """Whether the period asked is one day after the article's date ("tomorrow", "next Monday")."""
    return bool(article_date and asked.start_date and asked.start_date == asked.end_date and asked.start_date > article_date)


def _stock_at_end_of(asked: TimeExpr, t: TimeRow) -> bool:
    """ "How many megawatts did Serbia add last year?" over "had 420 megawatts installed at the end
    of last year, up from 137 megawatts a year earlier": a level on the asked period's last day,
    against the one a period before, gives what the period added."""
    # ("at the end of last year" resolves to its last month, and is a point in time, not that month's flow)
    return t.end_date == asked.end_date.isoformat() and bool(_END_OF.search(t.text))  # type: ignore[union-attr]


_END_OF = lazy_compile(r"\b(?:end|close)\b", re.IGNORECASE)


# "aktau container volume in q3 alone": the period by itself, so a wider one holding it (the
# first nine months) is no answer, whatever the question's intent.
_ALONE_AFTER = lazy_compile(r"\s*(?:alone|only|by itself|on its own)\b", re.IGNORECASE)


def _period_alone(query: Query) -> bool:
    return any(_ALONE_AFTER.match(query.text, t.end) for t in query.times)


# "compared with a loss of 45 million euros a year earlier": what is set against is of the
# sentence's own period a year back.
_SET_AGAINST_YEAR_BEFORE = lazy_compile(r"\b(?:compared (?:with|to)|from|versus|than)\s+[^.;]{0,60}?\b(?:a|one) year (?:earlier|ago|before)\b",
                                        re.IGNORECASE)


def _dated_only_in_cause(stated: Sequence[TimeRow], text: str) -> bool:
    """ "Why did production bounce back this year?" / "Output recovered strongly because a cooler
    winter ... allowed plants to flower normally, after the El Nino weather phenomenon cut last
    year's harvest": every date the sentence gives lies inside the cause it names, which dates
    the cause, not the move asked."""
    from handlers.what import _STRONG_REASON  # what reads evidence: imported here, not at the top
    cue = _STRONG_REASON.search(text)
    return cue is not None and cue.group(0)[:3].lower() != "to " and all(t.start >= cue.end() for t in stated)


def _year_before_held(asked: Sequence[TimeExpr], stated: Sequence[TimeRow], text: str) -> bool:
    """ "Why did Atlantica lose money a year ago?" / "Net profit for July to September was 312
    million euros, compared with a loss of 45 million euros a year earlier, when a nine-day pilots'
    strike grounded much of its fleet": the loss set against is of July to September a year back,
    which the year asked holds, so the sentence may tell its cause."""
    if not _SET_AGAINST_YEAR_BEFORE.search(text):
        return False
    back = lambda iso: f"{int(iso[:4]) - 1:04d}{iso[4:]}"  # noqa: E731
    return any(a.start_date and a.end_date and t.start_date and t.end_date
               and a.start_date.isoformat() <= back(t.start_date) and back(t.end_date) <= a.end_date.isoformat()
               for a in asked for t in stated)


def _edition_of_gathering(query: Query, a: TimeExpr, t: TimeRow, s: SentenceRow, article_date: date | None) -> bool:
    """ "How many exhibitors came to the fair this year?" / "The fair, held from Monday to
    Wednesday, drew 640 exhibitors": a gathering's days inside the period asked, which holds the
    story's day, date this period's edition of it; what it drew is that edition's, no part of a
    yearly figure. Only when both question and sentence name the gathering."""
    if not article_date or not a.start_date or not a.end_date or not (a.start_date <= article_date <= a.end_date):
        return False
    if (date.fromisoformat(t.end_date) - date.fromisoformat(t.start_date)).days > 14:
        return False
    if not any(not term.keys.isdisjoint(_GATHERING_KEY) for term in query.terms):
        return False
    return bool(re.search(rf"\b{_GATHERING_WORD}", s.text.lower()))


def _set_against_the_one_before(asked: Sequence[TimeExpr], compared: Sequence[TimeRow], article_date: date | None) -> bool:
    """Each period asked holds the story's day, and the sentence's one date (compared with) is
    the period just before it: "this year" against "up from 310 at last year's event"."""
    if not article_date or len(compared) != 1 or not compared[0].end_date:
        return False
    before = date.fromisoformat(compared[0].end_date) + timedelta(days=1)
    return all(a.start_date and a.end_date and a.start_date <= article_date <= a.end_date and a.start_date == before
               for a in asked)


def _named_in_words(asked: Sequence[TimeExpr], entity_keys: Sequence[str], text: str) -> bool:
    """Some period asked of two or more words ("third quarter") is written in the sentence, a
    hyphen for its space ("third-quarter revenue"), though the sentence's dates are others; and
    every name asked is in the sentence itself."""
    words = _spaced_words(text)
    if not all(f" {_spaced_words(key).strip()} " in words for key in entity_keys):
        return False
    return any(len(said.split()) >= 2 and f" {said} " in words
               for a in asked if (said := _period_said(a.text)))


# Read for every candidate of a question asking a period (8,500 calls over the seed sets), each a
# re.sub over the whole sentence: kept by the string (pure functions of strings, bounded), so a
# sentence met again, or a name or period asked again, is not re-substituted (about 1 s of 135 s
# answering under cProfile).
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)
def _spaced_words(text: str) -> str:
    """The text lowercased, every run of other characters one space, a space each side."""
    return " " + _NOT_WORD.sub(" ", text.lower()) + " "


@lru_cache(maxsize=1024)
def _period_said(text: str) -> str:
    """A period's words as _named_in_words matches them, leading prepositions dropped."""
    return _LEADING_PREPOSITIONS.sub("", _NOT_WORD.sub(" ", text.lower()).strip())


# "in the third quarter" asked is the "third-quarter" written
_LEADING_PREPOSITIONS = re.compile(r"^(?:(?:in|for|during|of|over|the|this|its)\s+)+")


# "the combined length of the spills in 2023": a sum the article may state, for the period asked;
# "combined sales a year earlier" still names a computation.
_BACK_FROM = lazy_compile(r"\b(?:ago|earlier|before|previous|prior)\b")


def total_of_a_period(question: str) -> bool:
    return bool(ASKS_TOTAL.search(question)) and not _BACK_FROM.search(question)


_SPLIT_YEAR = re.compile(r"\b(\d{4})\s*[/-]\s*\d{2}(?:\d{2})?\b")


def _season_of_year(a: TimeExpr, t: TimeRow) -> bool:
    """ "this year" asked, "the 2025/26 season" stated: the season or fiscal year that begins in
    the asked year is what a reader means by that year's crop or budget."""
    assert a.start_date and a.end_date
    split = _SPLIT_YEAR.search(t.text)
    return (bool(split) and a.start_date.month == 1 and a.end_date.month == 12 and a.start_date.year == a.end_date.year
            and int(split.group(1)) == a.start_date.year)  # type: ignore[union-attr]


_FISCAL_YEAR = lazy_compile(r"\b(?:fiscal|financial|budget|marketing|crop)\s+year\b", re.IGNORECASE)


def _fiscal_year_ended_in(a: TimeExpr, t: TimeRow, article_date: date | None) -> bool:
    """ "how much did Ethiopia make from coffee this year?", asked in July / "in the fiscal year that
    ended on July 7": the twelve months already over that end in the calendar year asked are that
    year's reported figure, as weak evidence a calendar year's own figure beats."""
    assert a.start_date and a.end_date
    if article_date is None or not _FISCAL_YEAR.search(t.text) or not 360 <= _days(t) <= 370:
        return False
    whole_year = a.start_date.month == 1 and a.start_date.day == 1 and a.end_date.month == 12 and a.end_date.day == 31
    end = date.fromisoformat(t.end_date)
    return whole_year and a.start_date.year == end.year and end.replace(day=1) <= article_date


def _year_to_month(a: TimeExpr, t: TimeRow) -> bool:
    """ "inflation in February" asked, "in the 12 months to February" stated: a yearly rate is
    read as of its last month ("attrition rate this quarter": the last twelve months' to today).
    A rate stated for the month itself fits better and wins."""
    assert a.start_date and a.end_date
    return (a.start_date.day == 1 and (a.end_date - a.start_date).days < 93 and 360 <= _days(t) <= 370
            and a.start_date.isoformat()[:7] <= t.end_date[:7] <= a.end_date.isoformat()[:7])


_PART_ASKED = re.compile(r"\b(?:half|quarter|h[12]|[12]h|q[1-4]|[1-4]q)\b", re.IGNORECASE)
_YEAR_NAMED = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:this|last|next)\s+year\b", re.IGNORECASE)


# A period named as the end of a span: "through 2030", "in the five years to March 2030".
_SPAN_END_ANCHORS = frozenset({"through", "until", "till", "by", "to"})
_SPAN_END_BEFORE = lazy_compile(r"\b(?:to|through|until|till|by|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


def _span_to_within(a: TimeExpr, t: TimeRow, s: SentenceRow) -> bool:
    """ "spend on upgrades through 2030" asked, "invest 11.8 billion pounds in the five years to
    March 2030" stated: a span asked up to a period is answered by a span the sentence ends
    within it."""
    if a.anchor not in _SPAN_END_ANCHORS or t.sentence_id != s.id:
        return False
    return (t.anchor in _SPAN_END_ANCHORS or _SPAN_END_BEFORE.search(s.text, max(0, t.start - 20), t.start) is not None)


def _fiscal_part(a: TimeExpr, t: TimeRow) -> bool:
    """ "first half" asked, "the six months to August" stated: a company reports the halves and
    quarters of its own fiscal year, so a stated span of the same length that covers most of the
    calendar part asked is that part. A question that names the year means the calendar."""
    assert a.start_date and a.end_date
    if not _PART_ASKED.search(a.text) or _YEAR_NAMED.search(a.text):
        return False
    asked_days = (a.end_date - a.start_date).days + 1
    if abs(_days(t) - asked_days) > 4:
        return False
    shared = (min(a.end_date, date.fromisoformat(t.end_date)) - max(a.start_date, date.fromisoformat(t.start_date))).days + 1
    return 2 * shared >= asked_days


def same_span(a: TimeExpr, start_iso: str, end_iso: str) -> bool:
    """Much the same period: the stated one (start_iso..end_iso) covers at least half of the asked
    one ("first nine months" = "January to September"; "2022/23" ~ "July-June 2022/23"), so a
    full-year figure never answers a question about one quarter, nor the other way round."""
    assert a.start_date and a.end_date
    start, end = date.fromisoformat(start_iso), date.fromisoformat(end_iso)
    asked_days = (a.end_date - a.start_date).days + 1
    stated_days = (end - start).days + 1
    return stated_days >= 0.5 * asked_days - 3


def _event_times(text: str, times: list[TimeRow]) -> list[TimeRow]:
    # "has gained 38% since January" is dated January to the article's day; "from July" has no
    # end, and "its lowest since May" only says how far back the comparison reaches.
    return [t for t in times if t.start_date and t.end_date and not reporting_time(text, t)
            and (not t.open_end or (t.anchor == "since" and not _SINCE_HORIZON.search(text[max(0, t.start - 40):t.start])))
            and not in_relative_aside(text, t.start) and not _IN_REASON.search(text, max(0, t.start - 90), t.start)]


def _all_compared(text: str, times: list[TimeRow], event_times: tuple[TimeRow, ...]) -> bool:
    """Whether the sentence's figure is of the lead's period: each time it states is one the figure
    is set against ("deepening from a 5.3% drop in August"), or a past year's level, even inside
    the cause given ("fell 9.4% ..., because prices stayed well below their 2022 peaks"), whose
    clause no longer dates the figure."""
    if event_times:
        return all(_compared_with(text, t) or _years_level(text, t) for t in event_times)
    return any(t.start_date and t.end_date and _years_level(text, t) for t in times)


def _years_level(text: str, t: TimeRow) -> bool:
    """ "stayed well below their 2022 peaks": a past year's level set against, with no figure of its own."""
    own = year_of_its_noun(text, t.start, t.end) if t.anchor == "" else None
    return own is not None and bool(_YEARS_LEVEL_BEFORE.search(text, max(0, own - 48), own))


_SINCE_HORIZON = re.compile(r"\b(?:\w+est|first|most|least|high|low|record|level|time)\b(?:\s+[\w’'-]+){0,2}\s*$", re.IGNORECASE)


# "from 3.1% in August", "down from $641 million in the second quarter", "from 2.89% a year earlier
# and 2.70% in the second quarter": the time of a figure set against; "against" only before an
# amount ("46.5% of exports, against 41.8% in the same period of 2023", not "against the dollar").
_AMOUNT = r"(?:[$€£¥]\s*)?[\d.,]+\s*(?:%|percent|per cent|(?:million|billion|trillion|bn)\b)?\s*"
_COMPARED = lazy_compile(r"\b(?:from|compared with|compared to|versus|vs\.?|than|against(?=\s+(?:an?\s+)?(?:[$€£¥]\s*)?\d))\s+(?:an?\s+|the\s+)?(?:" + _AMOUNT + r")?(?:\w+\s+)?"
                         r"(?:(?:a|one) year (?:earlier|ago)\s+and\s+(?:" + _AMOUNT + r")?(?:\w+\s+)?)?$", re.IGNORECASE)


# "was also below the $10,320 per tonne it fetched in the second quarter": the level compared with
# "up from 310 Russian exhibitors at last year's event": a number of things, then where it was counted.
_COUNT_COMPARED = lazy_compile(r"\b(?:from|compared with|compared to|versus|vs\.?|than)\s+(?:an?\s+|the\s+)?[\d.,]*\d\s+"
                               r"(?:[a-z-]+\s+){1,2}(?:(?:at|in|during)\s+(?:the\s+)?)?$", re.IGNORECASE)
_LEVEL_COMPARED = lazy_compile(r"\b(?:below|above|short of|ahead of|under|over)\s+(?:the\s+)?(?:" + _AMOUNT + r")[^,;.]{0,40}$", re.IGNORECASE)


def _compared_with(text: str, t: TimeRow) -> bool:
    """ "from 3.1% in August", "compared with a 5.3% drop in August": the time of what the
    sentence's figure is set against."""
    if t.anchor in ("in", "at", "") and _COUNT_COMPARED.search(text[max(0, t.start - 50) : t.start]):
        return True
    return t.anchor in ("in", "") and bool(_COMPARED.search(text[max(0, t.start - 40) : t.start])
                                           or _LEVEL_COMPARED.search(text[max(0, t.start - 80) : t.start]))


_YEARS_LEVEL_BEFORE = lazy_compile(r"\b(?:below|above|short of|beneath|exceeding|exceeds?|than)\s+$", re.IGNORECASE)


def _spoke_then(query: Query, s: SentenceRow, times: list[TimeRow], asked: list[TimeExpr]) -> bool:
    """ "Which city was the minister visiting on Monday?" / "..., the minister said on Monday during a
    visit to Nairobi": the day a statement was made dates no figure, but it is when the speaker was
    where, and who spoke, so a place or person asked of that day is in the sentence. "What did the
    broadcaster report on Monday?" asks what was told that day, whatever period the news is of."""
    if query.intent not in ("where", "who") and not (query.intent == "what" and any("say" in t.keys for t in query.terms)):
        return False
    said = [t for t in times if t.start_date and t.end_date and (reporting_time(s.text, t) or _told_in_aside(s.text, t))]
    return any(_overlaps(a, t) for a in asked for t in said)


# "under measures announced by the Office of the U.S. Trade Representative in May": a telling's
# participle, then its teller, ending at the time.
_TOLD_IN_ASIDE = re.compile(r"\b(?:announced|unveiled|published|released|set out|laid out|outlined|disclosed)\s+(?:by\s+(?:[\w.'’&-]+\s+){1,8}?)?$",
                            re.IGNORECASE)


def _told_in_aside(text: str, t: TimeRow) -> bool:
    """ "What did the USTR announce in May?": an aside's own time dates the telling it tells of
    ("measures announced by ... in May"), though it dates no figure of the sentence."""
    before = text[max(0, t.start - 100): t.start]
    return "ed " in before and bool(_TOLD_IN_ASIDE.search(before)) and in_relative_aside(text, t.start)


def _overlaps(a: TimeExpr, t: TimeRow) -> bool:
    assert a.start_date and a.end_date
    return t.start_date <= a.end_date.isoformat() and t.end_date >= a.start_date.isoformat()


_SAID_BEFORE = re.compile(r"(?:\b(?:said|says|reported|reports|announced|declared|told|showed|published|added|stated)\s+(?:\w+\s+)?"
                          # "said in a statement last week", "said in a filing on Monday": the telling's medium, then its day
                          r"|\b(?:said|says|announced|added|stated)\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|filing|note|report|release|notice|post)\s+"
                          r"|according to[^,.;]*"
                          # "told the forum on Monday", "told a news conference on Friday": the gathering told
                          r"|\btold\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,2}"
                          # "told a briefing in Beijing on Thursday", "told reporters in Bangkok on Monday": where it was told
                          r"|\btold\s+(?:(?:the|a|an)\s+)?[\w-]+\s+(?:[\w-]+\s+)?in\s+[A-Z][\w-]+\s+(?:[A-Z][\w-]+\s+)?(?:on\s+)?"
                          # "The ministry forecast on Monday that output would rise": when the forecast was made
                          r"|\b(?:forecast|estimated|projected|predicted|released|issued)\s+)$")
_SAID_AFTER = re.compile(r"^,?\s*(?:[\w’'-]+\s+){0,4}?(?:said|says|reported|announced|declared|told)\b")
# "EPSA ... said volumes in September alone rose 14.8%": a plain word between a verb of saying that
# takes no object and the time is the reported clause's subject, so the time dates what was told;
# an adverb there ("said earlier this month", "said separately on Monday") leaves it the telling's.
_SAID_SUBJECT = re.compile(r"\b(?:said|says|added|stated)\s+(?!(?:late|early|earlier|later|separately|also|again|then|here|there|today|"
                           r"yesterday|last|this|that|on|in|at|during)\b)[a-z]+(?<!ly)\s+$")


_NOUN_AFTER = re.compile(r"\s+[a-z]")


def said_just_before(text: str, at: int) -> bool:
    """ "the company said earlier this month": the words before `at` are a telling, so the time
    there is when it was said, not a span of what was told."""
    return bool(_SAID_BEFORE.search(text[max(0, at - 100) : at]))


def reporting_time(text: str, t: TimeRow) -> bool:
    """ "reported on Monday", "In May, customs said ...": when it was said, not when it happened."""
    if t.anchor in ("from", "since", "until", "by", "for"):
        return False  # "its growth forecast for 2025": what the forecast covers, not when it was made
    if "-" in text[t.start : t.end] and _NOUN_AFTER.match(text, t.end):
        return False  # "It reported third-quarter revenue": the period of what was reported
    # "according to the data by Chinese General Administration of Customs earlier this month": a
    # long teller's name still leaves the time the telling's (the patterns end at the time)
    before = text[max(0, t.start - 100): t.start]
    after = text[t.end: t.end + 50]
    # "In May, customs said ..." opens the sentence with when it was said; "will issue bonds in
    # March, the treasurer said" ends the reported clause with when it happens.
    if _SAID_SUBJECT.search(before):
        return False
    return bool(_SAID_BEFORE.search(before) or (t.start <= 3 and _SAID_AFTER.match(after)))


def token_distance(ev: Evidence, start: int, end: int, anchors: Sequence[tuple[int, int]] = (),
                   skip: Sequence[tuple[int, int]] = ()) -> float:
    """How far a span sits from the question's words in a sentence: the mean, over matched terms
    (weighted by rarity) and named entities (anchors), of the words to the nearest occurrence.
    Words inside `skip` (asides) are not counted."""
    terms = ev.matched
    index = _token_index(ev.sentence.text, tuple(skip))
    # Tokens are ordered and never overlap, so the ones the span covers are a run lo..hi, and a
    # word's distance to the nearest of them is its distance to the run's nearer end. The run is
    # found by bisecting the starts and ends (those ending after `start`, starting before `end`),
    # not by testing every token for every figure and name asked about.
    lo, past = _overlapping(index, start, end)
    if lo >= past or not (terms or anchors):
        return 0.0
    hi = past - 1
    gaps: list[tuple[float, float]] = []
    for term in terms:
        spots = [i for i in index.by_lemma.get(term.lemma, ()) if not lo <= i <= hi]
        if not spots:
            spots = [i for k in term.keys for i in index.by_key.get(k, ()) if not lo <= i <= hi]
        gap = float(min(lo - i if i < lo else i - hi for i in spots)) if spots else 12.0
        gaps.append((gap, ev.weights.get(term.lemma, 1.0)))
    for a_start, a_end in anchors:
        # The anchor's tokens are a run first..past-1 too: the nearest of them outside lo..hi is
        # the last one before lo or the first one after hi.
        a_first, a_past = _overlapping(index, a_start, a_end)
        below, above = min(a_past, lo) - 1, max(a_first, hi + 1)
        nearest = [lo - below] if below >= a_first else []
        if above < a_past:
            nearest.append(above - hi)
        if nearest:
            gaps.append((float(min(nearest)), 0.5))
    total = sum(w for _, w in gaps)
    return sum(min(g, 15.0) * w for g, w in gaps) / total if total else 0.0


class _TokenIndex(NamedTuple):
    tokens: list[Token]  # the sentence's tokens outside the skipped spans
    by_lemma: dict[str, tuple[int, ...]]  # lemma -> positions in tokens
    by_key: dict[str, tuple[int, ...]]  # meaning key -> positions in tokens
    starts: list[int]  # each token's start, in order (ascending: tokens never overlap)
    ends: list[int]  # each token's end, in order (ascending too)


def _overlapping(index: _TokenIndex, start: int, end: int) -> tuple[int, int]:
    """The positions first..past-1 of the tokens that overlap text[start:end] (tok.start < end and
    tok.end > start): those ending after start form a suffix, those starting before end a prefix,
    so two bisections find the run. first >= past when there is none."""
    return bisect_right(index.ends, start), bisect_left(index.starts, end)


# token_distance is asked for every candidate figure and name of every candidate sentence: where
# each lemma and key stands is worked out once per sentence (and asides skipped), not per term.
@lru_cache(maxsize=1024)
def _token_index(text: str, skip: tuple[tuple[int, int], ...]) -> _TokenIndex:
    tokens, keys = analysed(text)
    if skip:
        kept = [i for i, tok in enumerate(tokens) if not any(a <= tok.start < b for a, b in skip)]
        tokens, keys = [tokens[i] for i in kept], [keys[i] for i in kept]
    by_lemma: dict[str, list[int]] = defaultdict(list)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, (tok, k) in enumerate(zip(tokens, keys)):
        by_lemma[tok.lemma].append(i)
        for key in k:
            by_key[key].append(i)
    return _TokenIndex(tokens, {w: tuple(v) for w, v in by_lemma.items()}, {w: tuple(v) for w, v in by_key.items()},
                       [tok.start for tok in tokens], [tok.end for tok in tokens])


@lru_cache(maxsize=4096)
def analysed(text: str) -> tuple[list[Token], list[frozenset[str]]]:
    """Sentences are few and asked about again and again: tokenise each once."""
    tokens = tokenize(text)
    return tokens, token_keys(tokens)


def term_spots(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Where the words of these terms (any of their keys) stand in the text."""
    # Read from the sentence's kept token index (by key), not by testing every token's keys
    # against the wanted ones: most terms have a key or two, met at a token or two.
    index = _token_index(text, ())
    by_key = index.by_key
    found: set[int] = set()
    for t in terms:
        for k in t.keys:
            at = by_key.get(k)
            if at:
                found.update(at)
    tokens = index.tokens
    return [(tokens[i].start, tokens[i].end) for i in sorted(found)]


def question_anchors(query: Query, ev: Evidence) -> list[tuple[int, int]]:
    """Where the entities the question names stand in this sentence."""
    keys = set(query.entity_keys)
    return [(m.start, m.end) for m, e in ev.mentions if _entity_keys(e) & keys]


_ASIDE = re.compile(r",\s[^,]{1,90}?,\s")
# ", as falling fuel prices offset ..." gives the reason: a clause of its own, unlike ", as well as",
# ", as expected".
_BOUNDARY = lazy_compile(r";\s|\s[–—]\s|,\s(?=(?:while|but|and|whereas|after|before)\b)"
                       r"|,\s(?=as\s(?!well\b|much\b|many\b|expected\b|forecast\b|predicted\b|planned\b|usual\b)\w)"
                       # "reported a 4.6% rise in cash profit and added A$1.5 billion to its buyback": a second deed
                       r"|\s(?=and\s+(?:added|raised|lowered|announced|approved|launched|unveiled|declared|agreed|kept|"
                       r"reiterated|maintained|scrapped|suspended|resumed|named|appointed)\s)")


@lru_cache(maxsize=8192)  # asked of each candidate figure by several checks in one ranking
def clause_text(text: str, start: int, end: int) -> str:
    """The words of the clause that speaks of text[start:end], asides left out (see span_clause)."""
    return " ".join(text[a:b] for a, b in span_clause(text, start, end))


def own_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The one span of the clause that holds text[start:end] itself (its asides and the
    clause's other parts left out); the whole text when none does."""
    return next(((a, b) for a, b in _span_clause(text, start, end) if a <= start < b), (0, len(text)))


def span_clause(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sentence that speak of text[start:end]; see _span_clause. A fresh list."""
    return list(_span_clause(text, start, end))


# Asked of each candidate figure by half a dozen checks, for every question that reaches it.
@lru_cache(maxsize=8192)
def _span_clause(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence that speak of the words at start..end (a figure, a date): their
    clause, without the asides set off by commas ("Mato Grosso, the biggest producing state, is
    expected to harvest 39.3", "its load factor - a measure of how full its planes are - rose")."""
    dashes = [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(text) if not m.start() < start < m.end()]
    masked = text
    for a, b in dashes:  # a paired dash sets off an aside; it ends no clause
        masked = masked[:a] + "~" * (b - a) + masked[b:]
    left = max((m.end() for m in _BOUNDARY.finditer(masked, 0, start)), default=0)
    right = min((m.start() for m in _BOUNDARY.finditer(masked, end)), default=len(text))
    # "In March, Saudi Arabia sold its debut green bonds, raising ...": after a time that opens the
    # clause, the words up to the next comma are what it dates, not an aside.
    fronted = not masked[left:start].strip() and masked.startswith(",", end)
    # "a $1.1 billion, 15-year loan from China Development Bank": a figure after "a" and before a
    # comma is one of two adjectives of the noun that follows, no clause the comma ends.
    attributive = masked.startswith(",", end) and _ARTICLE_BEFORE.search(masked, max(left, start - 6), start) is not None
    cuts = sorted([(m.start(), m.end()) for m in _ASIDE.finditer(masked, end + 1 if fronted else left, right)
                   if not m.start() < start < m.end() and not (attributive and m.start() == end)]
                  + [(a, b) for a, b in dashes if left <= a and b <= right])
    spans, pos = [], left
    for a, b in cuts:
        if a < pos:
            continue
        spans.append((pos, a))
        pos = b
    spans.append((pos, right))
    return tuple((a, b) for a, b in spans if b > a)


_DASH_ASIDE = lazy_compile(r"\s[-–—]\s[^-–—;]{1,90}?\s[-–—]\s")
_ARTICLE_BEFORE = lazy_compile(r"\b(?:a|an)\s+[$€£¥]?$")


def dash_asides(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(text)]


_RELATIVE_ASIDE = lazy_compile(r",\s(?:which|who|whose)\s[^,;]{1,90},\s"
                             # "Platinum group metals (PGMs), the biggest drag on the index, slumped 9.8%"
                             r"|(?<=[\w)]),\s(?:the|a|an)\s[^,;\d%]{1,60},\s"
                             # "The 452-km Lao section, running from Vientiane to the border pass, is
                             # expected to cost": a participle between the subject and its verb
                             r"|,\s[a-z]+ing\s[^,;\d%]{1,110},\s(?=(?:is|are|was|were|will|would|has|have|had)\s)")


def asides_around(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The asides a figure is not in: "Equities, which account for 71.2% of the portfolio, gained
    5.9%" puts "gained 5.9%" right beside "Equities". A fresh list."""
    return list(_asides_around(text, start, end))


@lru_cache(maxsize=8192)  # a pure function of the sentence and the figure's place in it
def _asides_around(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    relative = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text) if not m.start() <= start < m.end()]
    return tuple(dash_asides(text) + relative)


_IN_AT_THE_GAP = lazy_compile(r"\s+(?:in|at)\s+(?:the\s+)?")
_TIME_PREPOSITION = lazy_compile(r"(?:from|since|until|by|to)\b", re.IGNORECASE)


def _partners_only(query: Query, asked_places: list[tuple[MentionRow, EntityRow]]) -> bool:
    """Every place asked is one the deed was done with, not where: "when was the deal with china
    signed?" / "an agreement signed in Islamabad in April between Pakistan's ministry and China's
    customs" dates it, though Islamabad stands beside the time."""
    text = query.text.lower()
    return all(any(follows(text, k, _WITH_THE, _WITH_STARTS) for k in _entity_keys(e)) for _, e in asked_places)


# "with (the)" before a key (follows: re.search(r"\bwith\s+(?:the\s+)?" + key + r"\b"), none compiled per key)
_WITH_THE = lazy_compile(r"\bwith\s+(?:the\s+)?")
_WITH_STARTS = lazy_compile(r"\b(?=with\s)")


def _capital_of(entity: EntityRow, asked: set[str]) -> bool:
    """capital_of a country asked by name or demonym: "when did the Russian and Chinese presidents
    meet?" is dated by "last week in Beijing"."""
    return capital_of(entity, asked | {normalise_name(DEMONYMS[k]) for k in asked if k in DEMONYMS})


# "while iron ore shipments to the Asian country jumped 31%": "the Asian country" is the country
# the sentence named before (China), told again by its region; Asia is no other place of the figure.
_EPITHET_AFTER = lazy_compile(r"[a-z]*\s+(?:country|nation|state|kingdom|republic|neighbou?r|giant|powerhouse)\b", re.IGNORECASE)
_THE_EPITHET_BEFORE = lazy_compile(r"\bthe\s+$", re.IGNORECASE)


def epithet(text: str, start: int, end: int) -> bool:
    """The place mention at start..end is a region's adjective naming a country told before."""
    return bool(_EPITHET_AFTER.match(text, end)) and bool(_THE_EPITHET_BEFORE.search(text[max(0, start - 6) : start]))


Placed = list[tuple[MentionRow, EntityRow]]


def places_told(query: Query, ev: Evidence) -> tuple[Placed, Placed]:
    """place_elsewhere's places of the sentence, and those of them asked or written with one asked
    ("in Ostrava, Czech Republic"): facts of the question's names and the sentence alone, so a
    ranking works them out once a sentence and hands them to place_elsewhere for each of its
    figures or times (which worked them out again each time: some 40% of a when-question's
    ranking). Mentions are told apart by identity, not by their rows' equality, which compared
    every field of every pair (same result: twin rows of one mention pass every test alike)."""
    asked = set(query.entity_keys)
    text = ev.sentence.text
    # "COLOMBO, June 12 (Reuters) - ...": where the story was filed is no place of its figures, asked or not.
    places = [(m, e) for m, e in ev.mentions if e.kind == "place" and not epithet(text, m.start, m.end)
              and not (m.start == 0 and _dateline_town(text, m.end))]
    asked_places = [(m, e) for m, e in places if named_by(e, asked)]
    asked_ids = {(id(m), id(e)) for m, e in asked_places}
    # "would cross the border at Suifenhe in July": a crossing point is the way in, no rival place.
    places = [(m, e) for m, e in places if (id(m), id(e)) in asked_ids or not _CROSSING_BEFORE.search(text, max(0, m.start - 24), m.start)]
    if not asked_places:
        return places, asked_places
    # "in Ostrava, Czech Republic": a town written with the asked country is in it.
    asked_places += [(m, e) for m, e in places if (id(m), id(e)) not in asked_ids
                     and (any(text[m.end : am.start].strip() == "," or _IN_ASKED_GAP.fullmatch(text, m.end, am.start)
                              for am, _ in asked_places if am.start > m.end)
                          # "in Kokand, in Fergana province": the place that locates the asked town holds it
                          or any(_LOCATED_IN_GAP.fullmatch(text, am.end, m.start) for am, _ in asked_places if m.start > am.end)
                          # "to the China Beauty Expo in Shanghai in May": the town right after the asked venue holds it
                          or any(_IN_ASKED_GAP.fullmatch(text, am.end, m.start) for am, _ in asked_places if m.start > am.end))]
    return places, asked_places


def place_elsewhere(query: Query, ev: Evidence, start: int, end: int, told: tuple[Placed, Placed] | None = None) -> str:
    """The asked place stands in another clause while this one names a different place: "Kestrel
    shares closed 3.2% higher in London, while Northgate's Toronto-listed stock gained 5.7%" gives
    no Toronto figure of Kestrel's; "last week in Beijing" dates no visit to Shenyang. `told`: the
    sentence's places_told, when the caller keeps them (read here, never changed)."""
    asked = set(query.entity_keys)
    text = ev.sentence.text
    places, asked_places = told if told is not None else places_told(query, ev)
    if not asked_places:
        return _another_country(query, text, places, start, end) or _opened_by_another(query, text, places, start)
    # "last week in Beijing", "in London on Tuesday": the place right beside it is where it was.
    beside = [(m, e) for m, e in places if (0 <= m.start - end <= 12 and _IN_AT_THE_GAP.fullmatch(text[end : m.start]))
              or (0 <= start - m.end <= 3 and IN_PLACE.search(text[max(0, m.start - 8) : m.start])
                  and not _TIME_PREPOSITION.match(text[start:end]))]
    # "KMMC signed a contract with two Chinese companies at the Tashkent forum on Tuesday": a place
    # the sentence writes only as a demonym is whose the deed is, not where it was.
    whose = all(text[m.start : m.end].lower() in DEMONYMS for m, _ in asked_places)
    if beside and not whose and not _partners_only(query, asked_places) \
            and not any(any(m is am and e is ae for am, ae in asked_places) or named_by(e, asked) or _capital_of(e, asked) for m, e in beside):
        return "in " + ", ".join(sorted({e.name for _, e in beside}))
    spans = span_clause(text, start, end)
    inside = lambda pos: any(a <= pos < b for a, b in spans)  # noqa: E731
    if _end_in_a_with_of_its_own(query, ev, asked, asked_places, end):
        return "to or from another end"
    if other_end := _another_end_in_clause(query, ev, asked_places, spans):
        return other_end
    # "Before Russia's full-scale invasion in February 2022, Ukraine exported as much as 49 million
    # tonnes": a place only in the opening phrase sets the scene; the place after its comma does it.
    # ("... through the Black Sea": a sea or a strait the goods go through is their route, no rival to
    # the one that sends them.)
    fronted = _FRONTED_PHRASE.match(text)
    if fronted and start >= fronted.end() and any(m.start < fronted.end() for m, _ in asked_places) and \
            all(m.start < fronted.end() or _ROUTE_BEFORE.search(text, max(0, m.start - 16), m.start) for m, _ in asked_places) and \
            (subject := next((e for m, e in places if fronted.end() <= m.start <= fronted.end() + 4 and not named_by(e, asked)), None)):
        return f"of {subject.name}"
    # "Container throughput at Yangpu rose 11.2% ..., ahead of Haikou's Xiuying port": a place the
    # figure is set against after it is no place of the figure's.
    if any(inside(m.start) and not (m.start > end and _SET_AGAINST_BEFORE.search(text, max(0, m.start - 40), m.start))
           for m, _ in asked_places):
        return ""
    # "Ukraine exported 16.4 million tonnes ..., as ships kept using a corridor despite Russian
    # attacks": the place the figure's clause opens with does it, not the one asked after it.
    # ("Washington in March sanctioned ... a crude terminal in Dongying": the capital of a country
    # asked is that country acting, no other place.)
    if spans and (opening := next((e for m, e in places if spans[0][0] <= m.start <= spans[0][0] + 3), None)) is not None \
            and not _capital_of(opening, asked):
        return f"of {opening.name}"
    # Only a place where it happened ("in London") rivals; "departing for Russia" is a destination,
    # and "told reporters in Phnom Penh" where it was told.
    # "Goromonzi mine shipped 286,000 tonnes, with Kuntai's Bikita operation in Masvingo accounting
    # for most of the rest": a place in the ", with" clause after the figure is its own subject's.
    with_at = text.find(", with ", end)
    rivals = sorted({e.name for m, e in places if inside(m.start) and not named_by(e, asked)
                     and not 0 <= with_at < m.start
                     and IN_PLACE.search(text[max(0, m.start - 8) : m.start]) and not spoken_at(text, m.start)})
    return f"in {', '.join(rivals)}" if rivals else ""


def spoken_at(text: str, start: int) -> bool:
    """ "Chea Sovann told reporters in Phnom Penh": the place at `start` is where someone spoke,
    not where the sentence's figures happened."""
    return _SPOKEN_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _TELLER_TAIL.search(text, max(0, start - 120), start) is not None


# "..., said Rachel Okafor, senior oil analyst at Harbour Point Research in London": the trailing
# teller's aside places the teller, not what the sentence tells.
_TELLER_TAIL = lazy_compile(r",\s+(?:said|says|according\s+to)\s+[A-Z][^;\"“”()]{0,100}?\s(?:in|at)\s+(?:the\s+)?$")


_SPOKEN_BEFORE = lazy_compile(r"\b(?:told|said|says|spoke|speaking|addressed|announced)\s+(?:(?:a|an|the|on|\w+day|[a-z]+)\s+){0,3}(?:in|at)\s+(?:the\s+)?$")
_SET_AGAINST_BEFORE = lazy_compile(r"\b(?:ahead\s+of|behind|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?"
                                   r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?$")
# "Vladivostok, the biggest port in the Russian Far East": an aside locating the asked town does so too.
_LOCATED_IN_GAP = lazy_compile(r",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,4})?in\s+(?:the\s+)?")
_ROUTE_BEFORE = lazy_compile(r"\b(?:through|via|across)\s+(?:the\s+)?$")
_CROSSING_BEFORE = lazy_compile(r"\b(?:border|frontier|crossing|checkpoint)\s+(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)
# "on Tuesday at the Trans-Caspian Connectivity Forum in Baku": a venue written with the asked town is in it.
_IN_ASKED_GAP = lazy_compile(r"\s+in\s+(?:the\s+)?")
_FRONTED_PHRASE = lazy_compile(r"(?:Before|After|Since|Despite|Following|Unlike|Amid|Until|Ahead\sof)\s[^,;]{1,80},\s")


def _another_end_in_clause(query: Query, ev: Evidence, asked_places: list[tuple[MentionRow, EntityRow]],
                           spans: list[tuple[int, int]]) -> str:
    """ "How much did Hainan export to Russia?" is not "Hainan's imports from Russia jumped ...,
    while its exports to ASEAN rose 15.6% to 12.3 billion yuan": the figure's own clause has an
    end of its own after the "to" asked, and the asked end stands only outside that clause."""
    text = ev.sentence.text
    inside = lambda pos: any(a <= pos < b for a, b in spans)  # noqa: E731
    if any(inside(m.start) for m, _ in asked_places):
        return ""
    preps = {prep for prep, _ in _ends_asked(query.text)}
    if not preps or not any(asked_as_end(query.text, k, query) for k in query.entity_keys):
        return ""
    asked = set(query.entity_keys)
    for m, e in ev.mentions:
        before = _END_BEFORE.search(text, max(0, m.start - 10), m.start) if inside(m.start) else None
        if (before is not None and before.group(1).lower() in preps and e.kind in ("place", "org") and not named_by(e, asked)
                and not epithet(text, m.start, m.end)):
            return f"{before.group(1).lower()} {e.name}"
    return ""


def _end_in_a_with_of_its_own(query: Query, ev: Evidence, asked: set[str], asked_places: list[tuple[MentionRow, EntityRow]],
                              end: int) -> bool:
    """ "Bordeaux exports fell 8.3% to 1.05 billion euros, the council said, with shipments to
    China down 31.5%": the end of a trade asked ("sales to China") has a figure of its own after
    the ", with", so the one before it is no figure of that trade."""
    text = ev.sentence.text
    with_at = text.find(", with ", end)
    if with_at < 0:
        return False
    end_keys = {k for k in asked if asked_as_end(query.text, k, query)}
    ends = [m for m, e in asked_places if named_by(e, end_keys)]
    # the end named after the ", with" only, with a figure after it
    return (bool(ends) and all(m.start > with_at for m in ends)
            and any(f.start > min(m.start for m in ends) for f in ev.figures))


def _another_country(query: Query, text: str, places: list[tuple[MentionRow, EntityRow]], start: int, end: int) -> str:
    """ "How many jobs are going in Belgium?": "1,100 of the positions will go in Germany", in a
    paragraph that names Belgium later, is Germany's figure. Only a country rivals an asked country
    ("its plant in Salamanca" may well be in Mexico), and not the subject's own place ("the mine in
    North-Western Province produced ..." says where the mine is)."""
    asked = [e for e in query.entities if e.kind == "place"]
    if not asked or not all(e.name in _COUNTRIES for e in asked):
        return ""
    spans = span_clause(text, start, end)
    rivals = sorted({e.name for m, e in places if e.name in _COUNTRIES and any(a <= m.start < b for a, b in spans)
                     and (m.start > end or "," in text[m.end : start]) and IN_PLACE.search(text[max(0, m.start - 8) : m.start])
                     and not _locates_a_place(text, places, m.start)})
    return f"in {', '.join(rivals)}" if rivals else ""


_IN_GAP = lazy_compile(r"\s+in\s+")


def _locates_a_place(text: str, places: list[tuple[MentionRow, EntityRow]], at: int) -> bool:
    """ "linking Gwadar with Shanghai, Ningbo and Port Klang in Malaysia": a country right after a
    place says where that place lies, not where the deed was done."""
    return any(_IN_GAP.fullmatch(text, m.end, at) for m, _ in places if m.end < at)


_COUNTRIES = frozenset(gz.COUNTRIES)


# What may stand before the subject a sentence opens with: "In the third quarter, ", "On Tuesday, ".
_TIME_OPENER = lazy_compile(r"(?:(?:In|During|Over|Through(?:out)?|By|On|Last|This|Earlier|Later)\b[^,;\d]{0,30}?"
                            r"\b(?:quarter|half|month|year|week|season|(?:Jan|Febr)uary|March|April|May|June|July|August"
                            r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?,\s+)?"
                            r"(?:the\s+)?")


def _opened_by_another(query: Query, text: str, places: list[tuple[MentionRow, EntityRow]], start: int) -> str:
    """ "average price in Wales?" is not "In the third quarter, Northern Ireland was again the
    strongest-performing part of the UK, with prices up 8.3% to an average of £197,450", in a
    paragraph that names Wales only in the next sentence: a sentence that names no place asked
    and opens with another place as its subject gives that place's figures, up to its clause's end."""
    if not any(e.kind == "place" for e in query.entities):
        return ""
    # "COLOMBO, June 12 (Reuters) - Sri Lanka's Hambantota ...": the story opens after its dateline.
    opening = _TIME_OPENER.match(text, story_opening(text)).end()
    subject = next(((m, e) for m, e in places if m.start == opening), None)
    if subject is None or subject[0].start > start or HOME_SUFFIX.match(text, subject[0].end):
        return ""
    if _BOUNDARY.search(text, subject[0].end, start) or _capital_of(subject[1], set(query.entity_keys)):
        return ""
    if _holds_the_asked(query, text, subject[0].end):
        return ""
    return f"of {subject[1].name}"


def _holds_the_asked(query: Query, text: str, end: int) -> bool:
    """ "Greece's Piraeus Port Authority", "Kenya's Mombasa port": a place in the possessive before
    the asked place's name is where that place is, no other place the figure is of."""
    after = _POSSESSIVE_THEN.match(text, end)
    if after is None:
        return False
    words = " " + " ".join(normalise_name(text[after.end() : after.end() + 60]).split()[:4]) + " "
    return any(f" {key} " in words for key in query.entity_keys)


_POSSESSIVE_THEN = lazy_compile(r"['’]s\s+")
# A dateline's tail after its town: ", June 12 (Reuters) - ", ", Oct. 3 (AP) — ".
# "JALAL-ABAD, Kyrgyzstan, Dec 27 (Reuters) - ": a town may have its country after it.
_DATELINE_TAIL = lazy_compile(r",(?:\s+[A-Z][A-Za-z .'’-]{1,30},)?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([^()]{1,40}\)\s*[-–—]")
_DATELINE_HEAD = lazy_compile(r"[A-Z][A-Za-z .'’-]{1,30},(?:\s+[A-Z][A-Za-z .'’-]{1,30},)?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([^()]{1,40}\)\s*[-–—]\s*")


def story_opening(text: str) -> int:
    """Where the sentence's own words start: after a dateline ("TUNIS, Mar 12 (Reuters) - ")."""
    head = _DATELINE_HEAD.match(text) if "(" in text[:60] else None
    return head.end() if head else 0


def _dateline_town(text: str, end: int) -> bool:
    """The place mention ending at `end`, opening the sentence, is a dateline's town."""
    return ", " in text[end : end + 2] and _DATELINE_TAIL.match(text, end) is not None


def _capital_leads(key: str, text: str, mentions: list[tuple[MentionRow, EntityRow]]) -> bool:
    """Whether the sentence opens on the capital of the country `key` as its subject ("Washington
    in March sanctioned ..."), which is that country's government, not a city ("Beijing-based",
    or a quotation's)."""
    if text[:1] in "\"“‘'":
        return False
    opening = _OPENING_WHEN.match(text)
    lead = opening.end() if opening else 0
    # "In March, Manila and The Hague signed a trade agreement": capitals joined in the subject
    # after an opening time each act for their country
    for m, e in sorted(mentions, key=lambda pair: pair[0].start):
        if m.start > lead + 4 or HOME_SUFFIX.match(text, m.end):
            break
        if e.kind != "place" or e.name.lower() not in _COUNTRY_OF_CAPITAL:
            break
        if capital_of(e, {key}):
            return True
        joint = _JOINT_SUBJECT.match(text, m.end)
        if joint is None:
            break
        lead = joint.end()
    return False


_OPENING_WHEN = lazy_compile(r"(?:In|On|Last|Earlier|Late|Early)\s[^,]{1,25},\s+")
_JOINT_SUBJECT = lazy_compile(r",?\s+and\s+|,\s+")


def capital_of(entity: EntityRow, keys: set[str] | frozenset[str]) -> bool:
    """Whether the entity is the capital of a country asked: "In Ottawa, the minister announced"
    is Canada's government where the question asks what Ottawa (Canada) is putting up."""
    if entity.kind != "place":
        return False
    country = _COUNTRY_OF_CAPITAL.get(entity.name.lower())
    return country is not None and country in keys


# The questions where a capital named stands for its country's government acting.
_CAPITAL_ACTS_INTENTS = frozenset({"why", "what", "yesno"})


def _capital_as_place(question: str, key: str) -> bool:
    """ "what was signed at the nairobi meeting?", "in beijing": the capital is where something
    happened, no government acting (the Kenyan firms' deals were signed elsewhere)."""
    text = question.lower()
    for start, end in word_spans(text, key):  # no pattern compiled per capital asked
        before = text[max(0, start - 12) : start].split()
        after = text[end:].split()[:1]
        if before[-1:] and (before[-1] in _LOCATIVE_WORDS or before[-2:-1] and before[-2] in _LOCATIVE_WORDS and before[-1] == "the"):
            return True
        if after and (after[0] in _GATHERINGS or after[0].rstrip("s") in _GATHERINGS or after[0] in _GATHERING_NOUNS):
            return True
    return False


_LOCATIVE_WORDS = frozenset("in at near via through".split())  # not "to": "important to beijing" is its government
# Each capital's country as a key, read once, not normalised again for every mention tested.
_COUNTRY_OF_CAPITAL = {capital: normalise_name(country) for capital, country in gz.CAPITALS.items()}
_CAPITAL_COUNTRIES = frozenset(_COUNTRY_OF_CAPITAL.values())


def named_by(entity: EntityRow, keys: set[str] | frozenset[str]) -> bool:
    """ "Veltra" names Veltra Motors: a key that is the whole name, an alias, or words of it. A
    place's other words make another place ("South Australia" is not Australia), unless they
    only say what kind of place it is ("Liaoning province")."""
    # Asked some ten times a question, by eighty call sites, mostly of the same few entities and
    # names asked: the answer is a pure function of the entity's name, aliases and kind and the
    # keys, kept in a bounded cache by those (never by the entity's id, which another store reuses).
    return _named_by(entity.name, entity.aliases, entity.kind == "place", keys if type(keys) is frozenset else frozenset(keys))


@lru_cache(maxsize=65536)
def _named_by(name: str, aliases: tuple[str, ...], place: bool, keys: frozenset[str]) -> bool:
    """named_by of an entity of this name and aliases (a place or not) for these keys."""
    names = _name_keys(name, aliases)
    if not names.isdisjoint(keys):
        return True
    # Each name's padded form and words are read once per name (_name_forms), and the cheap
    # substring test goes first.
    if place:
        return any(f" {k} " in padded and words - set(k.split()) <= _PLACE_KIND_WORDS
                   for padded, words in _name_forms(names) for k in keys)
    return any(f" {k} " in padded for padded, _ in _name_forms(names) for k in keys)


@lru_cache(maxsize=65536)
def _name_forms(names: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each normalised name of an entity, padded with spaces (a key is a run of whole words of it
    when " key " is in it), and its set of words."""
    return tuple((f" {n} ", frozenset(n.split())) for n in names)


# ("Grand Faw" is the port of Faw, asked as "faw": "grand" is a port's or city's style, no other place)
_PLACE_KIND_WORDS = gz.PLACE_NOUNS | {"islands", "of", "the", "grand"}


_LIST_LINK = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")  # "Germany, the Netherlands and Spain"


_POSSESSIVE_S = lazy_compile(r"['’]s\b")


def listed_together(text: str, first: MentionRow, second: MentionRow) -> bool:
    """Two names joined as items of one list ("Zhoushan and Jiaxing", "China, Vietnam and India");
    "Rotterdam, Europe's largest port" is an aside about Rotterdam, not a list."""
    return (_LIST_LINK.fullmatch(text[first.end : second.start]) is not None
            and not _POSSESSIVE_S.match(text[second.end : second.end + 3]))
