"""Branch t4's performance work: its helpers agree with what they replace."""

from __future__ import annotations

import gc
from pathlib import Path

from bot import heap


def test_settle_heap_freezes_start_up_and_raises_the_young_threshold() -> None:
    before = gc.get_threshold()
    try:
        heap.settle_heap()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (heap.GC_YOUNG_THRESHOLD, *before[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_telegram_app_still_offers_settle_heap() -> None:
    from bot import telegram_app

    assert telegram_app.settle_heap is heap.settle_heap


# The per-word patterns rewritten with knowledge.lazy_re's helpers give what the patterns gave.

import re  # noqa: E402

from handlers import derived  # noqa: E402
from knowledge.lazy_re import has_word, word_spans  # noqa: E402

_TEXTS = [
    "Chinese and Russian companies met; chinese firms led.",
    "The CHINESE delegation, Chinese-made goods, Chinesey.",
    "Lorenzo said the lower tariff had failed, Lorenzo's aides added.",
    "Quarterly output rose; the quarter before, quarters fell; quarterlyish.",
    "Jiangsu Huarong Textile Co. signed; Huarong-led talks.",
    "İstanbul and istanbul, xi'an and Xi'an.",
    "",
]
_WORDS = ["chinese", "Chinese", "Lorenzo", "Jiangsu Huarong", "quarter", "quarterly", "xi'an", "istanbul", "co."]


def test_word_spans_folded_agree_with_the_pattern_not_alone_compiled() -> None:
    for text in _TEXTS:
        for word in _WORDS:
            expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]
            assert word_spans(text, word, fold=True) == expected, (text, word)


def test_has_word_agrees_with_the_pattern_speaks_on_compiled() -> None:
    for text in _TEXTS:
        for word in _WORDS:
            assert has_word(text, word) == (re.search(rf"\b{re.escape(word)}\b", text) is not None), (text, word)


def test_names_unit_agrees_with_the_pattern_year_earlier_compiled() -> None:
    for text in _TEXTS + ["MONTHLY data", "a half-year", "halfly", "the week's", "weekly", "weeklyx"]:
        for unit in ("quarter", "month", "half", "week"):
            expected = re.search(rf"\b{unit}(?:ly)?\b", text, re.IGNORECASE) is not None
            assert derived._names_unit(text, unit) == expected, (text, unit)


def test_than_sides_sets_the_name_after_than_against_its_match() -> None:
    question = "How many more tonnes did Brazil ship to China than Argentina?"
    assert derived._than_sides(question, ["brazil", "china", "argentina"]) == ["brazil", "argentina"]
    question = "Did exports to the US grow faster than to China from Brazil?"
    assert derived._than_sides(question, ["us", "china", "brazil"]) == ["us", "china"]
    assert derived._than_sides("How much did Brazil ship to China?", ["brazil", "china", "x"]) is None


def test_only_the_eval_command_settles_the_heap(tmp_path: Path) -> None:
    """Grading a file leaves the collector alone (pytest and eval_all grade hundreds in one
    process); `factbot eval`, one file per process, settles it as the bot does."""
    import yaml

    from bot.evaluate import evaluate
    from knowledge.store import Store

    path = tmp_path / "q.yaml"
    path.write_text(yaml.safe_dump({"article": "seed", "questions": [{"id": "a", "q": "When?"}]}), encoding="utf-8")
    before = gc.get_threshold()
    try:
        # (from CPython's defaults, whatever an earlier test settled)
        gc.unfreeze()
        gc.set_threshold(700, *before[1:])
        evaluate(path, Store.memory)
        assert gc.get_threshold()[0] == 700 and gc.get_freeze_count() == 0
        evaluate(path, Store.memory, settle=True)
        assert gc.get_threshold()[0] == heap.GC_YOUNG_THRESHOLD and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
