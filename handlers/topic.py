"""What the article says of a topic: "what does it say re Jilin?", "anything on trade numbers?",
"does it mention the war at all?". The sentences that are about it, not one fact of it."""

from __future__ import annotations

import re

from knowledge.lazy_re import lazy_compile

from handlers.compose import citation, make_answer
from handlers.context import Ask
from handlers.evidence import Evidence, gather, named_by
from handlers.models import Answer
from handlers.query import asked_topic, parse_query

SHOWN = 2  # sentences in the reply: enough to say what the article says, short enough for a phone
_MAX_CHARS = 320
# "anything on trade numbers?": the sentences with figures in them
_FIGURE_WORDS = lazy_compile(r"\b(?:numbers?|figures?|stats?|statistics|data|amounts?|values?)\b", re.IGNORECASE)


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "topic":
        return None
    asked = asked_topic(ask.query.text.lower())
    if asked is None:
        return None
    topic, mention_only = asked
    at = ask.query.text.lower().find(topic)
    # as the user wrote it: "the HLJ part" names Heilongjiang by its capitals, which "hlj" loses
    written = ask.query.text[at : at + len(topic)] if at >= 0 else topic
    found = _found(written, ask)
    if not found:
        if mention_only:
            return Answer(question=ask.question, answered=False, intent="topic", confidence=0.0, citations=[],
                          text=f"The article does not mention {written}.", suggestions=[])
        return None
    best = found[:SHOWN] if sum(len(e.sentence.text) for e in found[:SHOWN]) <= _MAX_CHARS else found[:1]
    shown = sorted(best, key=lambda e: (e.sentence.article_id, e.sentence.paragraph, e.sentence.index))
    text = " ".join(e.sentence.text for e in shown)
    if mention_only:
        text = f"Yes. {text}"
    return make_answer(ask.question, "topic", text, 0.7, [citation(ask.store, e.sentence) for e in shown])


def _found(topic: str, ask: Ask) -> list[Evidence]:
    """The sentences about the topic, best first; none of a name the article does not hold.
    "rail or shipping routes" is about either: the sentences of each, the freight trains' for
    "rail" though none names a shipping route."""
    figures = bool(_FIGURE_WORDS.search(topic))
    found: list[Evidence] = []
    for part in _ALTERNATIVES.split(topic) if " or " in topic or "/" in topic else [topic]:
        # "any trade stats?": the figures are asked of trade; "stats" need not be written
        bare = _FIGURE_WORDS.sub(" ", part).strip() if figures else part
        sub = parse_query(bare or part, ask.store)
        if sub.unknown_names:
            continue
        seen = {e.sentence.id for e in found}
        found.extend(e for e in _about(sub.entity_keys, gather(sub, ask.store).evidence, figures) if e.sentence.id not in seen)
    return found


# "the transport / logistics bits": a slash between topics is an "or"
_ALTERNATIVES = lazy_compile(r"\s+or\s+|\s*/\s*")


def _about(named: list[str], evidence: list[Evidence], figures: bool) -> list[Evidence]:
    """The sentences about the topic, best first: those naming it (every name it holds) or holding
    all of its words; one that names it only in a list of others ("Heilongjiang, Jilin and
    Liaoning") says less of it than one about it alone."""
    keys = set(named)
    found: list[tuple[float, Evidence]] = []
    for e in evidence:
        if keys and not all(any(named_by(entity, {k}) for _, entity in e.mentions) for k in keys):
            continue
        if not keys and (e.coverage < 1.0 or not e.matched):
            continue
        score = e.score - (1.5 if keys and _listed(e, keys) else 0.0) + (1.0 if figures and e.figures else 0.0)
        found.append((score, e))
    found.sort(key=lambda p: -p[0])
    return [e for _, e in found]


def _listed(e: Evidence, keys: set[str]) -> bool:
    """The topic is named among several names in a row ("Heilongjiang, Jilin and Liaoning")."""
    text = e.sentence.text
    for m, entity in e.mentions:
        if named_by(entity, keys):
            around = text[max(0, m.start - 25) : m.end + 25]
            if around.count(",") + around.count(" and ") >= 2:
                return True
    return False
