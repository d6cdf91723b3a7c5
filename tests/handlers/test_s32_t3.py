"""Performance branch t3: work a handler's ranking asks of every candidate, kept once per ranking,
gives the same verdicts as working it out afresh for each."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cli
from bot.evaluate import load_questions
from handlers.evidence import asked_as_end, gather
from handlers.figures import _asked_for, owned_by_another, _question_once
from handlers.query import parse_query
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
_QUESTIONS = [
    "How many containers went to China?",
    "how many tonnes of cardamom for china were handled",
    "How big a stake does the Chinese port group have in Khorgos Gateway?",
    "How many containers did the Shenyang hub handle?",
    "How much did trade between China and Russia grow?",
    "how many tonnes came thru Vladivostok",
]


@pytest.fixture(scope="module")
def bundled() -> Store:
    store = Store.memory()
    store.ingest_text(cli.bundled_article(), path="(bundled)")
    return store


def _questions() -> list[str]:
    asked = list(_QUESTIONS)
    if DEV.exists():
        for item in load_questions(DEV)["questions"]:
            asked += [str(q) for q in (item.get("turns") or [item["q"]])]
    return asked


def test_question_once_works_each_name_out_once() -> None:
    calls: list[str] = []
    once: dict[str, object] = {}
    for _ in range(3):
        assert _question_once(once, "a", lambda: calls.append("a") or {1}) == {1}
        assert _question_once(once, "b", lambda: calls.append("b") or set()) == set()
    assert calls == ["a", "b"]  # an empty result is kept too, not worked out again


def test_question_once_without_a_dict_works_it_out_each_time() -> None:
    calls: list[int] = []
    for _ in range(2):
        _question_once(None, "a", lambda: calls.append(1) or 1)
    assert calls == [1, 1]


def test_owned_by_another_with_sets_kept_per_ranking_agrees_with_fresh_ones(bundled: Store) -> None:
    checked = 0
    kept_ends: list[frozenset[str]] = []
    for question in _questions():
        query = parse_query(question, bundled)
        once: dict[str, object] = {}
        for ev in gather(query, bundled).evidence:
            for f in ev.figures:
                assert owned_by_another(query, f, ev, once) == owned_by_another(query, f, ev), (question, f.raw)
                checked += 1
        # what was kept is this question's own: no other question's sets carried over
        if "ends" in once:
            assert once["ends"] == {k for k in query.entity_keys if asked_as_end(query.text, k, query)}
            kept_ends.append(frozenset(once["ends"]))  # type: ignore[arg-type]
        if "bound" in once:
            assert once["bound"] == {k for k in query.entity_keys if _asked_for(query.text, k)}
    assert checked > 100
    assert len(set(kept_ends)) > 1  # questions whose ends differ were checked
