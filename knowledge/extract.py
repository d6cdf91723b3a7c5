"""ParsedArticle -> the facts the store keeps: per-sentence times and figures, article entities."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.dates import find_times
from knowledge.entities import find_entities
from knowledge.models import Entity, Figure, ParsedArticle, TimeExpr
from knowledge.numbers import find_figures

# Time words governed by these are when something was reported, not when it happened.
_REPORTING = ("said", "says", "reported", "declared", "announced", "told", "according")


@dataclass(slots=True)
class SentenceFacts:
    paragraph: int
    index: int
    start: int  # offsets within the paragraph
    end: int
    text: str
    times: list[TimeExpr] = field(default_factory=list)
    figures: list[tuple[Figure, TimeExpr | None]] = field(default_factory=list)


@dataclass(slots=True)
class ExtractedArticle:
    parsed: ParsedArticle
    sentences: list[SentenceFacts]
    entities: list[Entity]


def extract(parsed: ParsedArticle) -> ExtractedArticle:
    sentences: list[SentenceFacts] = []
    for paragraph in parsed.paragraphs:
        for s in paragraph.sentences:
            times = find_times(s.text, parsed.date)
            figures = find_figures(s.text, [(t.start, t.end) for t in times])
            facts = SentenceFacts(paragraph.number, s.index, s.start, s.end, s.text, times)
            facts.figures = [(f, figure_period(s.text, f, times)) for f in figures]
            sentences.append(facts)
    entities = find_entities([(s.paragraph, s.index, s.text) for s in sentences])
    return ExtractedArticle(parsed=parsed, sentences=sentences, entities=entities)


def figure_period(text: str, figure: Figure, times: list[TimeExpr]) -> TimeExpr | None:
    """The time expression a figure belongs to: the nearest one in its sentence that is not
    only the date something was reported."""
    # When it was said is never the period of what was said ("will invest 38 billion pesos, the
    # carmaker said on Monday").
    candidates = [t for t in times if (t.start_date is not None or t.kind == "relative") and not _is_reporting_time(text, t)]
    if not candidates:
        return None

    def cost(t: TimeExpr) -> tuple[int, int]:
        gap = t.start - figure.end if t.start >= figure.end else figure.start - t.end
        # "the highest since February 2022" compares; it is not the figure's period.
        secondary = t.kind == "relative" or t.anchor in ("since", "until", "before", "after")
        return (1 if secondary else 0, abs(gap))

    best = min(candidates, key=cost)
    return None if best.kind == "relative" else best


def _is_reporting_time(text: str, t: TimeExpr) -> bool:
    window = text[max(0, t.start - 30) : t.end + 30].lower()
    return any(word in window for word in _REPORTING) and t.anchor not in ("in", "from", "since", "")
