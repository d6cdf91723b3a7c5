"""The shapes that flow from article text to the store.

Plain slotted dataclasses: extraction makes thousands of these per article and they only carry
data. Offsets are always character offsets into the text the extractor was given (a sentence),
so a quote can be cut exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class TimeExpr:
    """A time expression as the article words it, and what it resolves to."""

    text: str  # the article's own words, e.g. "last week", "In March", "first nine months"
    start: int
    end: int
    kind: str  # date | month | range | week | year | quarter | relative
    start_date: date | None  # resolved interval, inclusive; None when it cannot be resolved
    end_date: date | None
    label: str  # human form of the resolution: "27 November - 3 December 2023", "March 2023"
    open_end: bool = False  # "from June": starts then, no stated end
    anchor: str = ""  # "since"/"from"/"until"/"by"/"in"/"on"/"" : the word that governs it


@dataclass(slots=True)
class Figure:
    """A number the article states, with what it measures."""

    raw: str  # exactly as printed, e.g. "42.64 billion yuan"
    start: int
    end: int
    value: float  # the number as printed, before scale: 42.64
    kind: str  # money | percent | count | quantity | number
    scale: str = ""  # thousand | million | billion | trillion | ""
    currency: str = ""  # ISO code: CNY, USD, EUR, GBP, RUB, JPY, ...
    unit: str = ""  # "%", "percentage points", "tonnes", "containers", ...
    qualifier: str = ""  # almost | about | more than | less than | up to | at least | ...
    direction: str = ""  # up | down | "" : from words like soared / fell near the figure
    direction_word: str = ""  # the word itself: "soared"
    measure: str = ""  # what it counts or measures: "Chinese enterprises", "containers"
    alt_raw: str = ""  # a bracketed conversion linked to this figure: "$5.83 billion"
    alt_value: float | None = None
    alt_currency: str = ""
    alt_scale: str = ""


@dataclass(slots=True)
class Mention:
    paragraph: int
    sentence: int  # index of the sentence inside its paragraph
    start: int  # offsets within that sentence
    end: int


@dataclass(slots=True)
class Entity:
    """A named person, place or organisation with what the text says it is."""

    name: str  # the fullest form: "Xi Jinping", "General Administration of Customs"
    kind: str  # person | place | org | other
    aliases: list[str] = field(default_factory=list)  # "Xi", "Chinese" (demonyms), ...
    roles: list[str] = field(default_factory=list)  # "Chinese President", "the capital of ..."
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Sentence:
    index: int  # within its paragraph
    start: int  # offsets within the paragraph text
    end: int
    text: str


@dataclass(slots=True)
class Paragraph:
    number: int  # 0 is the headline, 1..N the body
    text: str
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class ParsedArticle:
    title: str
    date: date | None
    source: str
    url: str
    paragraphs: list[Paragraph]  # paragraphs[0] is the headline
    author: str = ""  # the "By X" line, when there is one

    @property
    def weekday(self) -> str:
        return self.date.strftime("%A") if self.date else ""
