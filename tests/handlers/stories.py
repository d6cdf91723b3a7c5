"""The small stories the handler tests ask about, and the stored fixture articles by name."""

from __future__ import annotations

from pathlib import Path

from handlers import Answer, Conversation, answer
from knowledge.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def story(article: str) -> str:
    """The article's text: itself when written out, else the fixture article of that name
    (some rules only show among a whole story's other sentences)."""
    if "\n" in article:
        return article
    return sorted(FIXTURES.glob(f"*/{article}.txt"))[0].read_text(encoding="utf-8")


def stored(article: str) -> Store:
    """A fresh store holding only this article (text or fixture name)."""
    store = Store.memory()
    store.ingest_text(story(article))
    return store


def answered(article: str, question: str) -> Answer:
    """One question to a fresh store holding only this article."""
    return answer(question, stored(article))


def expect(reply: Answer, expected: str | None) -> None:
    """The reply states `expected`; or, for None, the article does not say and the bot says so."""
    if expected is None:
        assert not reply.answered, reply.text
    else:
        assert reply.answered and expected in reply.text, reply.text


def dialog(article: str, *turns: str) -> Answer:
    """The answer to the last of a conversation's turns, asked in order of one store."""
    store, conversation = stored(article), Conversation()
    result = answer(turns[0], store, conversation)
    for turn in turns[1:]:
        result = answer(turn, store, conversation)
    return result
