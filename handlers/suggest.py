"""Short questions the article can answer, made from stored facts: offered after an answer, when
the article does not say, and as examples in /start."""

from __future__ import annotations

import re

from knowledge.numbers import parse_number
from knowledge.store import EntityRow, FigureRow, Store, TimeRow

from handlers.context import Ask

MAX_SUGGESTIONS = 3


def figure_question(f: FigureRow) -> str:
    measure = re.sub(r"\s+", " ", f.measure.strip(" ,.;:"))
    words = measure.split()
    if not measure or len(measure) > 60 or parse_number(words[0].lower()) is not None:
        return ""
    if f.kind != "count" and (len(words) < 2 or words[-1].lower().endswith("ed")):
        return ""  # a bare "target" or "Two backed" makes a question nobody would ask
    if f.kind == "count":
        return f"How many {measure}?"
    if f.kind == "percent" and f.direction:
        return f"How much did {measure} {'rise' if f.direction == 'up' else 'fall'}?"
    if f.kind in ("money", "quantity"):
        head = re.split(r"\s(?:to|in|of|from|between|for|at|on|by)\s", measure)[0].split()[-1].lower()
        verb = "were" if head.endswith("s") and not head.endswith("ss") else "was"
        return f"How much {verb} {measure}?"
    return ""


def time_question(t: TimeRow) -> str:
    if t.kind in ("month", "date", "week") and t.anchor in ("in", "on", ""):
        return f"What happened {t.text[0].lower() + t.text[1:]}?"
    return ""


def entity_question(e: EntityRow) -> str:
    if not e.roles:
        return ""
    if e.kind == "place":
        return f"Where is {e.name}?"
    if e.kind == "person":
        return f"Who is {e.name}?"
    return ""


def nearby_suggestions(ask: Ask) -> list[str]:
    """From the sentences closest to the question, even the ones ruled out by a conflict."""
    out: list[str] = []
    # Closest in topic first: the sentence about exports, even if it is Liaoning's, not Jilin's.
    nearest = sorted(ask.pool.evidence[:12], key=lambda e: (-e.coverage, -e.score))
    for ev in nearest[:8]:
        for question in [figure_question(f) for f in ev.figures] + [time_question(t) for t in ev.times]:
            _add(out, question)
        for _, entity in ev.mentions:
            _add(out, entity_question(entity))
        if len(out) >= MAX_SUGGESTIONS:
            break
    return out[:MAX_SUGGESTIONS] or example_questions(ask.store)


def follow_ups(ask: Ask, article_id: str, paragraph: int) -> list[str]:
    """After an answer: questions about the neighbouring paragraphs' figures and dates."""
    out: list[str] = []
    questions = ask.store.memo("figure_questions", article_id, lambda: _figure_questions(ask.store, article_id))
    for figure_paragraph, question in sorted(questions, key=lambda p: abs(p[0] - paragraph)):
        if figure_paragraph != paragraph and question.lower() != ask.question.lower():
            _add(out, question)
    return out


def _figure_questions(store: Store, article_id: str) -> list[tuple[int, str]]:
    return [(f.paragraph, q) for f in store.article_figures(article_id) if (q := figure_question(f))]


def example_questions(store: Store, n: int = MAX_SUGGESTIONS) -> list[str]:
    out: list[str] = []
    for info in store.articles()[:3]:
        for f in store.article_figures(info.id):
            _add(out, figure_question(f))
            if len(out) >= n:
                return out
        for t in store.article_times(info.id):
            _add(out, time_question(t))
            if len(out) >= n:
                return out
    return out


def _add(out: list[str], question: str) -> None:
    if question and question not in out and len(out) < MAX_SUGGESTIONS:
        out.append(question)
