"""Browsing the store without a question: key figures, a timeline, a paragraph, related facts.

Each item is an Answer (text + citation) so every surface renders it the same way.
"""

from __future__ import annotations

from knowledge.store import FigureRow, Store, TimeRow

from handlers.compose import cite, clause_window, make_answer
from handlers.models import Answer, Citation
from handlers.suggest import example_questions as _examples
from handlers.when import time_phrase


def key_facts(store: Store, article_id: str | None = None) -> list[Answer]:
    """One line per stated figure, in article order."""
    figures = store.article_figures(article_id)
    return [_figure_item(store, f) for f in figures]


def timeline(store: Store, article_id: str | None = None) -> list[Answer]:
    """Dated events in date order, each starting with its resolved date."""
    times = [t for t in store.article_times(article_id) if t.start_date]
    times.sort(key=lambda t: (t.start_date, t.end_date, t.paragraph))
    return [_time_item(store, t) for t in times]


def source(store: Store, article_id: str, paragraph: int) -> Citation | None:
    text = store.paragraph(article_id, paragraph)
    if text is None:
        return None
    return cite(store.article(article_id), article_id, paragraph, text)


def related(store: Store, article_id: str, paragraph: int, limit: int = 3) -> list[Answer]:
    """Facts from the paragraphs nearest to this one (the paragraph itself excluded)."""
    figures = [f for f in store.article_figures(article_id) if f.paragraph != paragraph]
    figures.sort(key=lambda f: (abs(f.paragraph - paragraph), f.paragraph))
    return [_figure_item(store, f) for f in figures[:limit]]


def example_questions(store: Store, n: int = 3) -> list[str]:
    return _examples(store, n)


def _figure_item(store: Store, f: FigureRow) -> Answer:
    sentence = store.sentences([f.sentence_id])[f.sentence_id]
    text = clause_window(sentence.text, f.start, f.end, 120)
    return make_answer(f.raw, "figure", text, 1.0, [cite(store.article(f.article_id), f.article_id, f.paragraph, sentence.text)])


def _time_item(store: Store, t: TimeRow) -> Answer:
    sentence = store.sentences([t.sentence_id])[t.sentence_id]
    info = store.article(t.article_id)
    text = f"{t.label}: {clause_window(sentence.text, t.start, t.end, 110)}"
    return make_answer(time_phrase(t, info.date if info else ""), "when", text, 1.0,
                       [cite(info, t.article_id, t.paragraph, sentence.text)])
