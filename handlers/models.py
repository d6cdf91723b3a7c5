"""What every surface (console, `ask --json`, eval, Telegram) receives from answering."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Citation(BaseModel):
    article: str  # the article's id (slug)
    paragraph: int  # 0 is the headline, 1..N the body
    quote: str  # the cited sentence, or the part of it that holds the fact
    title: str = ""
    date: str = ""  # ISO date of the article, "" when it has none
    source: str = ""


class Answer(BaseModel):
    question: str
    answered: bool
    intent: str
    text: str  # one or two short plain-text lines
    confidence: float = Field(ge=0.0, le=1.0)
    citations: list[Citation] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list, max_length=3)
    # Close second readings ("Did you mean ...?"): other questions the bot could answer instead.
    alternatives: list[str] = Field(default_factory=list, max_length=3)
