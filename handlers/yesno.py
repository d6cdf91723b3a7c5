"""Yes / no: only when the article states it; the evidence always follows."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lexicon import OPPOSITES
from knowledge.text import token_keys, tokenize

from knowledge.store import normalise_name

from handlers import places
from handlers.compose import citation, clause_window, make_answer
from handlers.evidence import gather
from handlers.query import WHERE_VERBS
from handlers.evidence import Evidence, analysed, named_by
from handlers.query import DOWN_KEYS, UP_KEYS, opposite_keys
from handlers.context import Ask
from handlers.models import Answer
from handlers.what import focus_span, term_spots


_NEGATION = re.compile(r"\b(?:not|never|no longer|n[o’']t|neither|nor)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_DENIES = re.compile(r"\b(?:not|never|no longer|neither|nor)\b|n[’']t\b", re.IGNORECASE)


def _negated(ask: Ask, ev: Evidence) -> tuple[int, int] | None:
    """The asked word denied right before it ("do not apply", "has never covered"), when the
    question itself denies nothing."""
    if _DENIES.search(ask.query.text):
        return None
    text = ev.sentence.text
    for start, end in term_spots(text, [t for t in ev.matched if t.required]):
        if _NEGATION.search(text[max(0, start - 30):start]):
            return start, end
    return None


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "yesno":
        return None
    placed = _where_instead(ask)
    if placed:
        return placed
    moved = _direction_stated(ask)
    if moved:
        return moved
    ev = ask.pool.best()
    if ev is None or ev.coverage < 1.0 and len(ask.query.required) > 1 and ev.coverage < 0.65:
        return None
    asked = ask.query.direction
    stated = next((f.direction for f in ev.figures if f.direction), "")
    # "Did the West approve?" over "disapproval from the West"; "Is basmati covered by the curbs?"
    # over "The curbs do not apply to premium basmati rice".
    contrary = _opposite_stated(ask, ev) or _negated(ask, ev)
    if contrary:
        text = f"No. {clause_window(ev.sentence.text, *contrary, 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    if asked and stated and asked != stated:
        verdict = "No."
    elif asked and not stated and not ev.figures:
        return None
    elif ev.missing:
        # "Did it pass unanimously?": the article says it passed, not how; show what it says.
        verdict = f"The article does not say {', '.join(t.word for t in ev.missing)}; it says:"
    else:
        verdict = "Yes."
    start, end = focus_span(ev)
    text = f"{verdict} {clause_window(ev.sentence.text, start, end, 130)}"
    confidence = (0.5 + 0.3 * ev.coverage) * (0.6 if ev.missing else 1.0)
    return make_answer(ask.question, "yesno", text, confidence, [citation(ask.store, ev.sentence)])


_NEAR = 3  # tokens between a direction word and the thing it moves: "cut its estimate"
_ACTED = re.compile(r"(?:ed|^cut|^rose|^fell|^grew|^shrank|^sank|^slid|^lift|^hike|^raise|^cuts|^raises)$")
_AUXILIARY = frozenset("to will would did does do has have had was were is are be been".split())


def _direction_stated(ask: Ask) -> Answer | None:
    """ "Did ABARES raise its estimate?": find the sentence where a direction word moves the
    thing asked about ("cut its estimate"), preferring the asked word itself to a synonym and a
    sentence naming the one asked about; the same direction is a yes, the other a no."""
    query = ask.query
    if query.direction not in ("up", "down"):
        return None
    things = [t for t in query.required if not t.keys & (UP_KEYS | DOWN_KEYS)][-1:]  # the head: "estimate", "rates"
    found: list[tuple[tuple[int, int], Evidence, str, int, int]] = []
    for rank, ev in enumerate(ask.pool.accepted[:6]):
        if query.entity_keys and not any(named_by(e, set(query.entity_keys)) for _, e in ev.mentions):
            continue  # the one asked about must be in the sentence itself
        tokens, keys = analysed(ev.sentence.text)
        for i, k in enumerate(keys):
            moved = "up" if k & UP_KEYS else "down" if k & DOWN_KEYS else ""
            if not moved:
                continue
            # A verb moves what follows it ("cut its estimate"); "lower mortgage rates" only
            # describes them. What comes before is moved by any form ("imports fell").
            acting = _ACTED.search(tokens[i].lower) is not None or (i > 0 and tokens[i - 1].lower in _AUXILIARY)
            for j in range(max(0, i - _NEAR), min(len(tokens), i + _NEAR + 1) if acting else i):
                exact = [t for t in things if tokens[j].lemma == t.lemma]
                if j != i and (exact or any(keys[j] & t.keys for t in things)):
                    found.append(((0 if exact else 1, rank), ev, moved, tokens[i].start, tokens[j].end))
    if not found:
        return None
    _, ev, moved, start, end = min(found, key=lambda f: f[0])
    verdict = "Yes." if moved == query.direction else "No."
    text = f"{verdict} {clause_window(ev.sentence.text, min(start, end - 1), max(start + 1, end), 130)}"
    return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])


def _opposite_stated(ask: Ask, ev: Evidence) -> tuple[int, int] | None:
    """Where the sentence states the opposite of a word asked ("disapproval" for "approve")."""
    for term in ask.query.terms:
        opposites = OPPOSITES.get(term.lemma)
        if not opposites or term.lemma in ev.sentence.terms:
            continue
        keys = opposite_keys(term.lemma)
        for token, token_keys_ in zip(tokens := tokenize(ev.sentence.text), token_keys(tokens)):
            if token.lower in opposites or token_keys_ & keys:
                return token.start, token.end
    return None


_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


def _where_instead(ask: Ask) -> Answer | None:
    """ "Did Putin and Xi meet in Shenyang?": ask where they met, and compare. A different place
    is a no, with the place the article gives; the same place is a yes."""
    query = ask.query
    asked = [e for e in query.entities if e.kind == "place"]
    if len(asked) != 1:
        return None
    place = asked[0]
    keys = {normalise_name(n) for n in (place.name, *place.aliases)}
    spot = re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(place.name)}\b", query.text, re.IGNORECASE) or next(
        (m for alias in place.aliases if (m := re.search(rf"\b(?:in|at)\s+{re.escape(alias)}\b", query.text, re.IGNORECASE))), None)
    if spot is None:
        return None  # "Is Jilin landlocked?" asks about the place, not where something happened
    where = replace(query, intent="where", wh="where", entities=[e for e in query.entities if e is not place],
                    entity_keys=[k for k in query.entity_keys if k not in keys],
                    terms=[replace(t, required=False) if t.lemma in WHERE_VERBS else t for t in query.terms])
    pool = gather(where, ask.store)
    found = places.handle_where(Ask(ask.question, ask.store, ask.conversation, where, pool))
    if found is None or found.confidence < 0.7:
        return None
    name = found.text.split(". ", 1)[0].split(" (", 1)[0].strip(". ")
    verdict = "Yes." if normalise_name(name) in keys else f"No, in {name}."
    quote = found.citations[0].quote if found.citations else ""
    return make_answer(ask.question, "yesno", f"{verdict} {quote}".strip(), found.confidence * 0.9, found.citations)

