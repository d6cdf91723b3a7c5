"""Arithmetic on stated figures, shared by the derived answers and the figure handler."""

from __future__ import annotations

import re

from knowledge.store import FigureRow

from handlers.compose import citation, make_answer
from handlers.context import Ask
from handlers.evidence import Evidence
from handlers.models import Answer

SCALES = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12}


def unit_of(f: FigureRow) -> str:
    if f.currency == "USD" and f.raw.lstrip().startswith(("$", "US$")):
        return f"{f.scale} dollars".strip()
    words = re.sub(r"^[^\d]*[\d.,]+\s*", "", f.raw)
    return words if words else f.scale


def alt_unit(f: FigureRow, value: float) -> str:
    symbol = "$" if f.alt_currency == "USD" else ""
    scale = f" {f.alt_scale}" if f.alt_scale else ""
    return f"{symbol}{fmt(value)}{scale}" if symbol else f"{fmt(value)}{scale} {f.alt_currency}"


def fmt(value: float, places: int = 2) -> str:
    text = f"{value:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text and places > 2 else text


def change_between(ask: Ask, ev: Evidence) -> Answer | None:
    """ "rose to £1.6 billion in December from £1.1 billion in November": the change is 0.5."""
    text = ev.sentence.text
    amounts = [f for f in ev.figures if f.kind in ("money", "quantity", "count")]
    for a in amounts:
        if not re.search(r"\bto\s+$", text[max(0, a.start - 4) : a.start]):
            continue
        for b in amounts:
            if b is a or b.currency != a.currency or not re.search(r"\bfrom\s+$", text[max(0, b.start - 6) : b.start]):
                continue
            scale = SCALES.get(a.scale, 1.0)
            diff = (a.value * scale - b.value * SCALES.get(b.scale or a.scale, 1.0)) / scale
            unit = unit_of(a)
            out = (f"{'Up' if diff >= 0 else 'Down'} {fmt(abs(diff))} {unit}, computed from the article: "
                   f"{a.raw} − {b.raw} = {fmt(diff)} {unit}.").replace("  ", " ")
            return make_answer(ask.question, "derived", out, 0.75, [citation(ask.store, ev.sentence)])
    return None
