"""Fast paths of the question parser (branch w3): each gives what the slow path it skips gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate import load_questions
from handlers import query as q

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _fixture_questions() -> list[str]:
    texts: list[str] = []
    for path in sorted(_FIXTURES.rglob("*.yaml")):
        try:
            data = load_questions(path)
        except Exception:  # not a question file
            continue
        for item in data.get("questions") or []:
            texts.extend(str(turn) for turn in (item.get("turns") or [item.get("q", "")]))
    return texts


def _slow_question_word(lower: str, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as m:
        m.setattr(q, "_opening_wh", lambda lower, first: "")
        return q._question_word(lower)


_EDGE = [
    "when", "why", "who", "where", "how many", "how much", "when did exports rise and how much",
    "where did the ceo who resigned go?", "who is the man who runs it", "why did how many firms quit",
    "how many times per year and when", "how much is the total value of the deal", "where's the plant",
    "how many  firms", "how much?", "whose plant is it", "whom did they hire", "when date", "why  not",
    "how many what percentage share", "where over where the shares closed", "how much over where it closed",
    " when did it open", "who, exactly, bought it?", "why reason purpose", "when was the price of where?",
]


def test_opening_wh_agrees_with_the_searches(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [t.lower() for t in _fixture_questions()] + _EDGE
    fast = 0
    for lower in texts:
        first = lower.split(" ", 1)[0] if lower else ""
        if q._opening_wh(lower, first):
            fast += 1
            assert q._question_word(lower) == _slow_question_word(lower, monkeypatch), lower
    assert fast > 100  # the fast path is taken, and checked, many times


def test_opening_wh_only_for_a_specific_opener() -> None:
    assert q._opening_wh("when did it open?", "when") == "when"
    assert q._opening_wh("how many firms came?", "how") == "how many"
    assert q._opening_wh("how much did it cost?", "how") == "how much"
    assert q._opening_wh("how long ago did it open?", "how") == ""
    assert q._opening_wh("what did it cost?", "what") == ""
    assert q._opening_wh("did it open when planned?", "did") == ""
    assert q._opening_wh("whose plant is it?", "whose") == ""
