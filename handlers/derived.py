"""Arithmetic on stated figures, always labelled as computed and with the working shown:
the year-earlier level from a growth rate, the exchange rate a currency pair implies, and the
difference between two stated amounts."""

from __future__ import annotations

import re

from knowledge.store import FigureRow

from handlers.compose import citation, make_answer
from handlers.context import Ask
from handlers.evidence import Evidence
from handlers.figures import figure_conflict
from handlers.models import Answer

_YEAR_EARLIER = re.compile(r"\b(?:year\s+(?:earlier|before|ago)|previous year|prior year|last year)\b")
_RATE = re.compile(r"\bexchange rate\b|\bimplied rate\b|\bper (?:dollar|yuan|euro|pound|rouble|ruble|rupee)\b|\bto the (?:dollar|euro|pound)\b")
_DIFF = re.compile(r"\bdifference\b|\bhow much (?:more|less|higher|lower|bigger|smaller)\b|\bgap\b")
_SCALES = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12}


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "derived":
        return None
    lower = ask.query.text.lower()
    evidence = [e for e in ask.pool.accepted[:6]]
    if _RATE.search(lower):
        return _exchange_rate(ask, evidence)
    if _YEAR_EARLIER.search(lower):
        return _year_earlier(ask, evidence)
    if _DIFF.search(lower):
        return _difference(ask, evidence)
    return None


def _year_earlier(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    for ev in evidence:
        rates = [f for f in ev.figures if f.kind == "percent" and f.direction and not figure_conflict(ask.query, f)]
        levels = [f for f in ev.figures if f.kind in ("money", "quantity", "count") and f.start > (rates[0].start if rates else 0)]
        if not rates or not levels:
            continue
        rate, level = rates[0], levels[0]
        factor = 1 + rate.value / 100 if rate.direction == "up" else 1 - rate.value / 100
        if factor <= 0:
            continue
        earlier = level.value / factor
        unit = _unit(level)
        text = f"About {_fmt(earlier)} {unit}".rstrip()
        if level.alt_value:
            text += f" ({_alt_unit(level, level.alt_value / factor)})"
        text += (f", computed from the article: {level.raw} ÷ {_fmt(factor, 3)} (a {rate.raw} "
                 f"{'rise' if rate.direction == 'up' else 'fall'}) = {_fmt(earlier)} {unit}.").replace("  ", " ")
        return make_answer(ask.question, "derived", text, 0.8, [citation(ask.store, ev.sentence)])
    return None


def _exchange_rate(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    for ev in evidence:
        for f in ev.figures:
            if f.alt_value and f.currency and f.alt_currency and f.currency != f.alt_currency:
                base = f.value * _SCALES.get(f.scale, 1.0)
                alt = f.alt_value * _SCALES.get(f.alt_scale or f.scale, 1.0)
                if alt <= 0:
                    continue
                rate = base / alt
                text = (f"About {_fmt(rate, 2)} {f.currency} per {f.alt_currency}, computed from the article: "
                        f"{f.raw} ÷ {f.alt_raw} = {_fmt(rate, 2)}.")
                return make_answer(ask.question, "derived", text, 0.8, [citation(ask.store, ev.sentence)])
    return None


def _difference(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    for ev in evidence:
        amounts = [f for f in ev.figures if f.kind in ("money", "quantity", "count") and not figure_conflict(ask.query, f)]
        same = [f for f in amounts if f.currency == amounts[0].currency and f.unit == amounts[0].unit] if amounts else []
        if len(same) < 2:
            continue
        a, b = same[0], same[1]
        scale_a, scale_b = _SCALES.get(a.scale, 1.0), _SCALES.get(b.scale or a.scale, 1.0)
        diff = abs(a.value * scale_a - b.value * scale_b) / scale_a
        unit = _unit(a)
        text = f"{_fmt(diff)} {unit}, computed from the article: {a.raw} − {b.raw} = {_fmt(diff)} {unit}.".replace("  ", " ")
        return make_answer(ask.question, "derived", text, 0.7, [citation(ask.store, ev.sentence)])
    return None


def _unit(f: FigureRow) -> str:
    if f.currency == "USD" and f.raw.lstrip().startswith(("$", "US$")):
        return f"{f.scale} dollars".strip()
    words = re.sub(r"^[^\d]*[\d.,]+\s*", "", f.raw)
    return words if words else f.scale


def _alt_unit(f: FigureRow, value: float) -> str:
    symbol = "$" if f.alt_currency == "USD" else ""
    scale = f" {f.alt_scale}" if f.alt_scale else ""
    return f"{symbol}{_fmt(value)}{scale}" if symbol else f"{_fmt(value)}{scale} {f.alt_currency}"


def _fmt(value: float, places: int = 2) -> str:
    text = f"{value:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text and places > 2 else text
