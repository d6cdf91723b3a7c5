"""About the article itself: headline, date, source, and a three-line summary."""

from __future__ import annotations

import re

from knowledge.lazy_re import lazy_compile
from knowledge.store import ArticleInfo

from handlers.compose import cite, long_date, make_answer
from handlers.context import Ask
from handlers.models import Answer, Citation


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "about":
        return None
    info = _which(ask)
    if info is None:
        return None
    lower = ask.query.text.lower()
    citation = [cite(info, info.id, 0, info.title)]
    asks_date = _ASKS_DATE.search(lower)
    if _ASKS_WHO.search(lower) and not asks_date:  # "the publication date" asks when, not who
        return _byline(ask, info, lower, citation)
    if asks_date or _PUBLISHED.search(lower):
        text = f"The article is dated {long_date(info.date)}" + (f", a {info.weekday}." if info.weekday else ".") if info.date else "The article has no date."
    elif _HEADLINE.search(lower):
        text = f"“{info.title}”"
    else:
        return _summary(ask, info)
    return make_answer(ask.question, "about", text, 0.95, citation)


# Compiled once (as the bot does at start-up), not looked up in re's cache on each call.
_ASKS_DATE = lazy_compile(r"\b(?:date|dated|when|day|how old)\b")
_PUBLISHED = lazy_compile(r"\b(?:published|written)\b")
_HEADLINE = lazy_compile(r"\b(?:headline|title|called)\b")
_WANTS_SOURCE = lazy_compile(r"\b(?:source|agency|outlet|publisher|published|wire|organi[sz]ation|newspaper|paper|publication)\b")
_ASKS_WHO = lazy_compile(r"\b(?:source|agency|wrote|written by|who|outlet|publisher|published by|byline|author|reporter"
                       r"|journalist|correspondent|writer|wire|organi[sz]ation|newspaper|paper|publication)\b")
_ASKS_PERSON = re.compile(r"\b(?:reporter|journalist|correspondent|writer|author|byline|name of)\b")


def _byline(ask: Ask, info: ArticleInfo, lower: str, citation: list[Citation]) -> Answer:
    """ "Who wrote this?" names the author when the article has a byline, else its source; a
    question that wants a person ("the reporter's name") is not answered by an agency."""
    wants_source = _WANTS_SOURCE.search(lower)
    if info.author and not wants_source:
        text = f"The article is by {info.author}" + (f" ({info.source})." if info.source else ".")
    elif info.source and (wants_source or not _ASKS_PERSON.search(lower)):
        text = f"The source is {info.source}." + (f" The byline is {info.author}." if info.author else "")
    elif info.author:
        text = f"The article is by {info.author}."
    else:
        text = "The article does not say who wrote it" + (f"; its source is {info.source}." if info.source else ".")
        return make_answer(ask.question, "about", text, 0.0, citation).model_copy(update={"answered": False})
    return make_answer(ask.question, "about", text, 0.95, citation)


def _which(ask: Ask) -> ArticleInfo | None:
    """The article being talked about, else the newest one."""
    last = ask.conversation.last
    info = ask.store.article(last.article_id) if last else None
    return info or ask.store.latest_article()


def _summary(ask: Ask, info: ArticleInfo) -> Answer:
    """Headline plus the first two body sentences that carry figures or dates: the key facts."""
    lines = [info.title.rstrip(".") + "."]
    citations = [cite(info, info.id, 0, info.title)]
    figures = ask.store.article_figures(info.id)
    for paragraph in sorted({f.paragraph for f in figures})[:2]:
        sentences = ask.store.paragraph_sentences(info.id, paragraph)
        sentence = next((s for s in sentences if any(f.sentence_id == s.id for f in figures)), sentences[0])
        lines.append(sentence.text)
        citations.append(cite(info, info.id, paragraph, sentence.text))
    dated = f"{info.source}, {long_date(info.date)}".strip(", ")
    text = "\n".join(lines) + (f"\n({dated})" if dated else "")
    return make_answer(ask.question, "about", text, 0.9, citations)
