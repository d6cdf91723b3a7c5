"""What / which / how, and why: the clause of the best sentence that holds what was asked."""

from __future__ import annotations

import re

from handlers.compose import citation, clause_window, make_answer
from handlers.context import Ask
from handlers.evidence import Evidence
from handlers.models import Answer
from handlers.query import Term
from knowledge.text import token_keys, tokenize

_REASON = re.compile(
    r"\b(?:because(?: of)?|due to|owing to|as a result of|in order to|so as to|so that|aimed at|"
    r"amid|thanks to|to help|to cut|to boost|to reduce|to mark|to ease|to avoid|to cool|to curb|to protect|"
    r"to support|to meet|to keep|to stop|to prevent|to secure|for fear|since|as|weighed down by|hit by|"
    r"driven by|led by|boosted by|dragged down by|hurt by|on the back of|following|after)\b|,\s+\w+ing\b|\bcritics say\b",
    re.IGNORECASE,
)


def handle_what(ask: Ask) -> Answer | None:
    if ask.query.intent not in ("what", "how"):
        return None
    ev = ask.pool.best()
    if ev is None:
        return None
    start, end = focus_span(ev)
    text = clause_window(ev.sentence.text, start, end)
    return make_answer(ask.question, "what", text, _confidence(ask, ev), [citation(ask.store, ev.sentence)])


def handle_why(ask: Ask) -> Answer | None:
    if ask.query.intent != "why":
        return None
    accepted = ask.pool.accepted[:3]
    for ev in accepted:
        reason = _reason_span(ev)
        if reason:
            text = clause_window(ev.sentence.text, *reason, max_len=130)
            return make_answer(ask.question, "why", text, _confidence(ask, ev), [citation(ask.store, ev.sentence)])
    if not accepted:
        return None
    # No reason word: the sentence about it is still the best the article offers.
    ev = accepted[0]
    text = clause_window(ev.sentence.text, *focus_span(ev))
    return make_answer(ask.question, "why", text, _confidence(ask, ev) * 0.8, [citation(ask.store, ev.sentence)])


def _reason_span(ev: Evidence) -> tuple[int, int] | None:
    focus_start, _ = focus_span(ev)
    matches = [m for m in _REASON.finditer(ev.sentence.text)]
    if not matches:
        return None
    best = min(matches, key=lambda m: abs(m.start() - focus_start) - (100 if m.start() > focus_start else 0))
    return best.start(), min(len(ev.sentence.text), best.end() + 40)


def focus_span(ev: Evidence) -> tuple[int, int]:
    """The stretch of the sentence where the question's words are found."""
    spots = term_spots(ev.sentence.text, ev.matched)
    if not spots:
        return 0, len(ev.sentence.text)
    return min(s for s, _ in spots), max(e for _, e in spots)


def term_spots(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    tokens = tokenize(text)
    keys = token_keys(tokens)
    wanted = frozenset(k for t in terms for k in t.keys)
    return [(tok.start, tok.end) for tok, k in zip(tokens, keys) if k & wanted]


def _confidence(ask: Ask, ev: Evidence) -> float:
    accepted = ask.pool.accepted
    margin = ev.score - accepted[1].score if len(accepted) > 1 else 3.0
    return 0.4 + 0.35 * ev.coverage + 0.1 * min(margin, 2.0)
