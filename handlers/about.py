"""About the article itself: headline, date, source, and a three-line summary."""

from __future__ import annotations

import re

from knowledge.store import ArticleInfo

from handlers.compose import cite, long_date, make_answer
from handlers.context import Ask
from handlers.models import Answer


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "about":
        return None
    info = _which(ask)
    if info is None:
        return None
    lower = ask.query.text.lower()
    if re.search(r"\b(?:date|when|day|published|written|how old)\b", lower):
        text = f"The article is dated {long_date(info.date)}" + (f", a {info.weekday}." if info.weekday else ".") if info.date else "The article has no date."
    elif re.search(r"\b(?:source|agency|wrote|who|outlet|publisher|byline|author|reported|reporter|journalist|correspondent|writer)\b", lower):
        text = f"The source is {info.source}." if info.source else "The article names no source."
    elif re.search(r"\b(?:headline|title|called)\b", lower):
        text = f"“{info.title}”"
    else:
        return _summary(ask, info)
    return make_answer(ask.question, "about", text, 0.95, [cite(info, info.id, 0, info.title)])


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
