"""The article does not say: say so in one line, and offer what it does say nearby."""

from __future__ import annotations

from handlers.context import Ask
from handlers.models import Answer
from handlers.suggest import nearby_suggestions


def handle(ask: Ask) -> Answer:
    topic = _topic(ask)
    text = f"The article does not say {topic}." if topic else "The article does not say."
    return Answer(
        question=ask.question,
        answered=False,
        intent="none",
        text=text,
        confidence=0.0,
        citations=[],
        suggestions=nearby_suggestions(ask),
    )


def _topic(ask: Ask) -> str:
    q = ask.query
    words = {"figure": "that figure", "when": "when", "where": "where", "who": "who", "why": "why"}
    return words.get(q.intent, "")
