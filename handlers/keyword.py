"""Bare lookups: a figure ("82.3%", "42.64 billion yuan"), a name ("Vladivostok") or a phrase."""

from __future__ import annotations

import re
from datetime import date

from knowledge.lazy_re import lazy_compile
from knowledge.lexicon import MEASURES, VALUE_WORDS
from knowledge.store import EntityRow, FigureRow

from handlers.compose import citation, clause_window, make_answer
from handlers.context import Ask
from handlers.evidence import Evidence
from handlers.query import resolve_times
from handlers.figures import asked_rate
from handlers.models import Answer
from handlers.what import focus_span


KEYWORD_WINDOW = 200


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "keyword":
        return None
    return _by_number(ask) or _by_text(ask)


def _by_number(ask: Ask) -> Answer | None:
    figures: list[FigureRow] = []
    for value in ask.query.numbers:
        figures.extend(ask.store.figures_with_value(value))
    if not figures:
        return None
    lower = ask.query.text.lower()
    f = min(figures, key=lambda g: _fit_to_asked(lower, g)) if len(figures) > 1 else figures[0]
    sentence = ask.store.sentences([f.sentence_id])[f.sentence_id]
    # A bare number asked ("55 containers") wants the fact it stands in: the sentence whole when
    # it is not much longer than an answer's usual window.
    return make_answer(ask.question, "keyword", clause_window(sentence.text, f.start, f.end, max_len=KEYWORD_WINDOW), 0.85,
                       [citation(ask.store, sentence)])


def _fit_to_asked(lower: str, f: FigureRow) -> int:
    """How far a figure of the value asked is from the way it was asked (lower is nearer): "40
    million a week" is the "$40 million a week" of one sentence, not another's "forty-foot"
    container; a figure in digits as the question writes it, and of the scale asked."""
    digits = f.raw[:1].isdigit() or f.raw[:1] in "$€£¥"
    return (0 if not f.scale or f.scale in lower else 1) + (0 if digits == any(c.isdigit() for c in lower) else 2)


def _by_text(ask: Ask) -> Answer | None:
    ev = ask.pool.best()
    if ev is None or (not ev.matched and not ev.entity_hits):
        return None
    if _rate_untold(ask.query.text, ev) or _month_untold(ask, ev) or _measure_untold(ask, ev):
        return None
    start, end = focus_span(ev)
    if not ev.matched and ev.mentions:
        keys = set(ask.query.entity_keys)
        spans = [(m.start, m.end) for m, e in ev.mentions if keys & {e.name.lower(), *(a.lower() for a in e.aliases)}]
        if spans:
            start, end = spans[0]
    text = clause_window(ev.sentence.text, start, end)
    person = _bare_person(ask)
    if person and person.roles[0] not in text:
        # "Markus Vogel": who he is first, then what the article has him say or do.
        said = clause_window(ev.sentence.text, start, end, max_len=90)
        said = re.sub(rf"[,\s]*[\"”]?[,\s]*(?:said|says|told \w+)\s+{re.escape(person.name)}\.?$", ".", said).strip("\"“” ")
        text = f"{person.name} ({person.roles[0]}): {said}"
    return make_answer(ask.question, "keyword", text, 0.6 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])


def _measure_untold(ask: Ask, ev: Evidence) -> bool:
    """ "middle corridor cargo volume in october" of "Cargo on the Middle Corridor ... has surged
    since 2022": a measure asked for a period is a figure asked; a sentence stating none gives none."""
    return bool(ask.query.times) and not ev.figures and any(t.keys & (MEASURES | VALUE_WORDS) for t in ask.query.terms)


def _bare_person(ask: Ask) -> EntityRow | None:
    """The person a bare name asks about, when the article gives them a role."""
    people = [e for e in ask.pool.entities.values() if e.kind == "person" and e.roles
              and e.name.lower() in ask.query.entity_keys]
    return people[0] if len(people) == 1 and not ask.query.terms else None


# The words that make a figure a rate of the period asked: "annual cost savings", "a year".
_RATE_WORDS = {"year": lazy_compile(r"\b(?:annual\w*|yearly|per\s+annum|(?:a|an|per|each|every)\s+year)\b", re.IGNORECASE),
               "month": lazy_compile(r"\b(?:monthly|(?:a|per|each|every)\s+month)\b", re.IGNORECASE),
               "week": lazy_compile(r"\b(?:weekly|(?:a|per|each|every)\s+week)\b", re.IGNORECASE),
               "day": lazy_compile(r"\b(?:daily|(?:a|per|each|every)\s+day)\b", re.IGNORECASE)}
_UNIT_DAYS = {"year": 365, "month": 30, "week": 7, "day": 1}


def _rate_untold(question: str, ev: Evidence) -> bool:
    """ "shenyang hub containers per yr" of "a train carrying 55 containers departing ... to mark the
    hub's inauguration": one train's load, no yearly rate, nor figures over a longer stretch to make
    one of ("40 firms in January to September" gives one a month)."""
    unit = asked_rate(question)
    if not unit or not ev.figures or _RATE_WORDS[unit].search(ev.sentence.text):
        return False
    for f in ev.figures:
        if f.period_start and f.period_end:
            days = (date.fromisoformat(f.period_end) - date.fromisoformat(f.period_start)).days + 1
            if days >= 2 * _UNIT_DAYS[unit]:
                return False
    return True


def _month_untold(ask: Ask, ev: Evidence) -> bool:
    """ "vostochny coal volumes in august" of "shipped 21.7 million tonnes of coal in
    January-September": a sentence that never names the month asked, whose figures are each
    dated to another stretch (nine months hold August but give no August of their own)."""
    if not any(t.kind == "month" for t in ask.query.times) or not ev.figures:
        return False
    if any(not f.period_start or not f.period_end for f in ev.figures):
        return False
    info = ask.store.article(ev.sentence.article_id)
    if info is None or not info.date:
        return False
    asked = [t for t in resolve_times(ask.query, date.fromisoformat(info.date)) if t.kind == "month" and t.start_date and t.end_date]
    lower = ev.sentence.text.lower()
    return bool(asked) and not any(
        t.start_date.strftime("%B").lower() in lower  # type: ignore[union-attr]
        or any(f.period_start == t.start_date.isoformat() and f.period_end == t.end_date.isoformat() for f in ev.figures)  # type: ignore[union-attr]
        for t in asked)
