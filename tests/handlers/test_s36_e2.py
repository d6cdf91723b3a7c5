"""The 36th session's perf branch e2: gathering evidence. A candidate that finds none of the
required words is left out unscored where nothing after scoring reads it (_Uncovered); each
fast path is checked against the full scoring it stands for."""

from __future__ import annotations

from dataclasses import replace

import pytest

import handlers.evidence as evidence
from bot.evaluate import load_questions, store_for
from handlers.evidence import Evidence, _term_weights, _Uncovered
from handlers.query import Query, Term, parse_query
from knowledge.store import FigureRow, SentenceRow, Store
from tests.handlers.stories import FIXTURES, stored

_FILES = ("eval/seed_fresh_a.yaml", "validation/vn_rice.yaml", "eval/seed_fresh_cs.yaml")


def _seed_store() -> Store:
    store = Store.memory()
    store.ingest_text((FIXTURES.parent.parent / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8"))
    return store


def _questions() -> list[tuple[Store, str]]:
    out: list[tuple[Store, str]] = []
    for name in _FILES:
        path = FIXTURES / name
        data = load_questions(path)
        store = store_for(data, path, _seed_store)
        for item in data["questions"]:
            for turn in item.get("turns") or [item["q"]]:
                out.append((store, str(turn)))
    return out


def _full(query: Query, store: Store, monkeypatch: pytest.MonkeyPatch) -> list[Evidence]:
    """The pool's evidence with every candidate scored, as before _Uncovered."""
    with monkeypatch.context() as m:
        m.setattr(evidence._Uncovered, "of", classmethod(lambda cls, query, sentences: None))
        return evidence._gather(query, store).evidence


def test_leaving_out_uncovered_candidates_keeps_every_other_evidence_as_full_scoring(monkeypatch: pytest.MonkeyPatch) -> None:
    left_out = compared = 0
    for store, question in _questions():
        query = parse_query(question, store)
        slow = _full(query, store, monkeypatch)
        fast = evidence._gather(query, store).evidence
        kept = {e.sentence.id for e in fast}
        # the same evidence in the same order, weights and all, less the ones left out ...
        assert fast == [e for e in slow if e.sentence.id in kept], question
        # ... which are each conflicting for finding no required word
        for e in slow:
            if e.sentence.id not in kept:
                assert not e.accepted and e.coverage == 0 and any(c.startswith("missing: ") for c in e.conflicts), question
                assert query.intent == "why" or not e.figures, question
                left_out += 1
        compared += len(slow)
    assert compared > 500 and left_out > 20  # the test reaches both kinds


def test_an_uncovered_candidate_is_left_out_only_when_the_question_allows() -> None:
    query = parse_query("how much did rice exports rise", _seed_store())
    rice = Term("rice", "rice", frozenset({"rice"}), True, 3)
    assert _Uncovered.of(replace(query, intent="figure", terms=[rice]), {}) is not None
    assert _Uncovered.of(replace(query, intent="figure", terms=[replace(rice, required=False)]), {}) is None  # nothing required
    # a word written twice: _another_event_done maps each word to one of its terms
    twice = [rice, replace(rice, position=6)]
    assert _Uncovered.of(replace(query, intent="figure", terms=twice), {}) is None
    assert _Uncovered.of(replace(query, intent="why", terms=twice), {}) is not None
    # a yes-no's, a where-question's handlers read conflicting evidence naming what is asked
    assert _Uncovered.of(replace(query, intent="yesno", terms=[rice]), {}) is None
    assert _Uncovered.of(replace(query, intent="where", terms=[rice]), {}) is None


def _row(sid: int, text: str, terms: set[str]) -> SentenceRow:
    return SentenceRow(sid, "a", 2, 0, text, frozenset(terms))


def test_a_figure_candidate_with_an_asked_word_or_lemma_is_scored() -> None:
    rule = _Uncovered(True, ("exports",), frozenset({"export", "export"}), frozenset(), {})
    assert not rule.inert(_row(1, "Exports of rice rose.", {"rice", "rise"}), [], [])  # the word in its text
    assert not rule.inert(_row(1, "Shipments rose.", {"export", "rise"}), [], [])  # a lemma among its terms
    assert rule.inert(_row(1, "Shipments rose.", {"shipment", "rise"}), [], [])
    figure = FigureRow.__new__(FigureRow)  # (only its presence is read)
    assert not rule.inert(_row(1, "Shipments rose 5%.", {"shipment", "rise"}), [], [figure])  # the figure handlers read it
    other = _Uncovered(False, ("exports",), frozenset({"export"}), frozenset(), {})
    assert other.inert(_row(1, "Exports of rice rose.", {"export"}), [], [])  # only figure questions' rules read them


def test_a_figure_candidate_before_a_bare_measure_is_scored() -> None:
    before = _row(1, "Shipments rose.", {"shipment"})
    bare = _row(2, "Volumes climbed 19.3% to 21,450 tonnes.", {"volume", "climb"})
    assert evidence._bare_measure_opening(bare.text)
    rule = _Uncovered(True, ("exports",), frozenset({"export"}), frozenset({7, 8}), {1: before, 2: bare})
    assert not rule.inert(before, [], [])  # _end_told_before reads the conflicts of the sentence before
    other = _Uncovered(True, ("exports",), frozenset({"export"}), frozenset({7, 8}), {1: before, 2: _row(2, "It said so.", set())})
    assert other.inert(before, [], [])
    one = _Uncovered(True, ("exports",), frozenset({"export"}), frozenset(), {1: before, 2: bare})
    assert one.inert(before, [], [])  # one entity asked: the rule does not run


def test_term_weights_count_the_matched_words_of_the_candidates_left_out() -> None:
    term = Term("rice", "rice", frozenset({"rice"}), True, 0)
    ev = Evidence(_row(1, "rice", {"rice"}), 0.0, 1.0, [term], [], [], [], [], 0)
    assert _term_weights([ev]) == {"rice": 1.0}
    assert _term_weights([ev], [[term], []]) == {"rice": 0.5}


def _slow_asked(query: Query) -> dict[str, object]:
    """The fields _Asked.of read from the required words, as each was worked out before _RequiredWords."""
    from handlers.evidence import (_ASKS_END, _BUYING_ASKED, _EARNING_VERBS, _ENDING, _FIRST_STAGE, _ORDINAL_WORDS, _PAYING_KEYS,
                                   WORD_KINDS, _copular_who, _goal_terms)
    from knowledge.lexicon import MEASURES, ROLES, VALUE_WORDS
    required, intent = query.required, query.intent
    figure = intent in ("figure", "derived")
    return {
        "strict": figure or (intent == "who" and (any(t.lemma in ROLES for t in required) or _copular_who(query.text))),
        "soft": any(t.soft for t in required),
        "paying": tuple(t for t in required if t.keys & _PAYING_KEYS) if figure else (),
        "capacity": tuple(t for t in required if t.lemma == "capacity") if figure else (),
        "stake": tuple(t for t in required if t.lemma == "stake") if intent in ("who", "figure", "what") else (),
        "bought": tuple(t for t in required if t.lemma in _BUYING_ASKED) if figure and query.entity_keys else (),
        "goal": _goal_terms(query.text, required) if figure else (),
        "invested": tuple(t for t in required if "invest" in t.keys) if intent == "who" else (),
        "costs": any("cost" in t.keys for t in required),
        "prices": any("price" in t.keys for t in required),
        "earns": query.wants == "money" and any(t.lemma in _EARNING_VERBS for t in required),
        "worded": intent == "what" and any(t.lemma in WORD_KINDS for t in required),
        "measured": any((t.lemma in MEASURES or t.keys & MEASURES) and t.lemma not in VALUE_WORDS for t in required),
        "ordinal_or_end": any(t.lemma in _ORDINAL_WORDS or (intent == "when" and t.lemma in _ENDING) for t in required),
        "asks_end": intent == "when" and any(t.lemma in _ENDING for t in required) and _ASKS_END.match(query.text) is not None,
        "first": next((t.word for t in required if t.lemma in _FIRST_STAGE), ""),
    }


_WORDED = (
    "what was the second phase's capacity", "how much did the first phase cost to build", "when did the war end",
    "when will the contract expire", "who is the chief executive", "who owns the biggest stake", "what word did he use",
    "how much did china buy", "what is the production goal for 2030", "who is investing in the port",
    "how much did vietnam earn from seafood", "what was the price per tonne", "how much has it paid for energy",
    "what were the third-quarter sales", "who was the ceo", "who is the boss",
)


def test_the_required_words_read_in_one_pass_give_every_field_as_before() -> None:
    from handlers.evidence import _Asked
    seen = 0
    asked = [(store, q) for store, q in _questions()] + [(_seed_store(), q) for q in _WORDED]
    for store, question in asked:
        query = parse_query(question, store)
        for intent in {query.intent, "figure", "who", "what", "when"}:
            q = replace(query, intent=intent)
            fast = _Asked.of(q)
            for name, slow in _slow_asked(q).items():
                assert getattr(fast, name) == slow and type(getattr(fast, name)) is type(slow), (question, intent, name)
            seen += 1
    assert seen > 300
