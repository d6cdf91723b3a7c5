"""Parsing's own rules made cheaper (v2): each skipped piece of work gives what doing it gives,
checked on every question of the eval files (and the fixture articles' sentences for the dates)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from bot.evaluate import load_questions
from handlers import query as q
from knowledge import dates
from knowledge.article import split_sentences

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "fixtures" / "eval"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


@lru_cache(maxsize=1)
def _questions() -> tuple[str, ...]:
    out: list[str] = []
    for path in sorted(EVAL.glob("*.yaml")):
        for item in load_questions(path)["questions"]:
            out.extend(str(t) for t in item.get("turns") or [item["q"]])
    return tuple(out)


@lru_cache(maxsize=1)
def _sentences() -> tuple[str, ...]:
    return tuple(s.text for path in sorted(ARTICLES.glob("*.txt")) for s in split_sentences(path.read_text(encoding="utf-8")))


def _find_times_full(text: str, ref: date | None) -> list[dates.TimeExpr]:
    """find_times as it was before its early return: every pass run, whatever was found."""
    out: list[dates.TimeExpr] = []
    last_end = -1
    for start, _, _, m, rule, prep in dates._candidates(text):
        if start < last_end:
            continue
        expr = dates._build(text, m, rule, ref, prep, start)
        if expr is not None:
            out.append(dates._future_if_said_so(text, expr, ref, out))
            last_end = expr.end
    found = dates._with_year_after(text, out)
    parts = dates._elided_parts(text, found, ref)
    # _month_end_of_named's own body before its early return
    result = list(parts)
    for m in dates._END_OF_THE_MONTH.finditer(text):
        before = [t for t in parts if t.end <= m.start() and t.kind in ("month", "date") and t.start_date and t.end_date
                  and t.start_date.month == t.end_date.month and t.start_date.year == t.end_date.year]
        if not before or any(t.start < m.end() and m.start() < t.end for t in parts):
            continue
        first, last = dates.month_span(before[-1].start_date.year, before[-1].start_date.month)  # type: ignore[union-attr]
        result.append(dates.TimeExpr(text=text[m.start():m.end()], start=m.start(), end=m.end(), kind="month", start_date=first,
                                     end_date=last, label=dates._label(first, last), anchor=m.group("prep").lower()))
    return sorted(result, key=lambda t: t.start)


def test_find_times_skipping_a_text_without_candidates_agrees_with_the_full_path_on_every_question() -> None:
    skipped = 0
    for text in _questions():
        skipped += not dates._candidates(text)
        assert dates.find_times(text, None) == _find_times_full(text, None), text
    assert skipped > 1000  # most questions name no time: the early return is taken


def test_find_times_agrees_with_the_full_path_on_article_sentences_with_a_date() -> None:
    ref = date(2024, 3, 15)
    for text in _sentences():
        assert dates.find_times(text, ref) == _find_times_full(text, ref), text


def test_end_of_the_month_needs_a_month_found_before_it() -> None:
    assert dates.find_times("by the end of the month", None) == []
    found = dates.find_times("lit on 20 January 2024 and ran at 60% by the end of the month", None)
    assert [t.text for t in found][-1] == "by the end of the month"


def test_what_patterns_of_detect_intent_never_match_without_what_or_which() -> None:
    patterns = (q._WHAT_CAUSES, q._WHAT_CAUSED, q._WHAT_BLAMED, q._WHAT_KIND_DROVE, q._WHAT_WRONG, q._WHAT_UPSIDE)
    samples = [*_questions(), "which goods drove the rise", "what drove the rise", "how did exports do"]
    hits = 0
    for text in samples:
        lower = text.lower()
        found = [p.search(lower) for p in patterns]
        hits += any(found)
        if not ("what" in lower or "which" in lower):
            assert not any(found), text
    assert hits > 10

