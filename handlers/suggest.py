"""Short questions the article can answer, made from stored facts: offered after an answer, when
the article does not say, and as examples in /start."""

from __future__ import annotations

from knowledge.gazetteer import DEMONYMS
from knowledge.lazy_re import lazy_compile
from knowledge.numbers import is_currency_word, parse_number
from knowledge.text import is_known_word
from knowledge.store import EntityRow, FigureRow, Store, TimeRow

from handlers.context import Ask

MAX_SUGGESTIONS = 3


_SPACES = lazy_compile(r"\s+")
_MEASURE_PREPOSITION = lazy_compile(r"\s(?:to|in|into|of|from|between|for|at|on|by|through|passing)\s")


def figure_question(f: FigureRow) -> str:
    measure = _SPACES.sub(" ", f.measure.strip(" ,.;:"))
    words = measure.split()
    if not measure or len(measure) > 60 or parse_number(words[0].lower()) is not None or not _reads_as_subject(words):
        return ""
    if f.kind != "count" and (len(words) < 2 or words[-1].lower().endswith("ed")):
        return ""  # a bare "target" or "Two backed" makes a question nobody would ask
    if f.kind == "count":
        return f"How many {measure}?" if _names_things(words) else ""
    if {w.lower() for w in words} & _BODIES or words[-1].lower() in ("point", "points") or _is_name(words):
        return ""  # "How much did Turkey's central bank fall?": the rate fell, not the bank
    subject = _with_article(words)
    if f.kind == "percent" and f.direction:
        return f"How much did {subject} {'rise' if f.direction == 'up' else 'fall'}?"
    if f.kind in ("money", "quantity"):
        head = _MEASURE_PREPOSITION.split(measure)[0].split()[-1].lower()
        verb = "were" if head.endswith("s") and not head.endswith(("ss", "us", "is")) else "was"
        return f"How much {verb} {subject}?"
    return ""


# The extractor's "what it measures" is the words before a figure; these show it caught a clause
# ("office revised July's figure to an", "who expects the cash rate to") rather than a subject.
_NOT_FIRST = frozenset("""from with to who which that those these it its on at by for of in as below above
    an a and or but while whereas sending wants expects sees said says agreed some so we i you they he she""".split())
_NOT_LAST = frozenset("""to an a the of from for in on at by with and or it also once worth nonetheless
    initially now expects sees said""".split())
_CLAUSE_WORDS = frozenset("""expects expect sees see revised agreed wants said says reported also now
    nonetheless once familiar last next this polled resume""".split())
# "How many more?", "How many biggest producers?", "How many capital ratio?": no count of things.
_VAGUE_COUNTS = frozenset("more others other some further biggest largest smallest highest lowest".split())
_PLURALS_WITHOUT_S = frozenset("people staff personnel cattle aircraft sheep fish police".split())
_BODIES = frozenset("bank committee union office government ministry agency council secretariat".split())


def _reads_as_subject(words: list[str]) -> bool:
    lower = [w.lower() for w in words]
    return (lower[0] not in _NOT_FIRST and lower[-1] not in _NOT_LAST and not _CLAUSE_WORDS & set(lower)
            and len(words[-1]) > 1)


def _names_things(words: list[str]) -> bool:
    last = words[-1].lower()
    return (not {w.lower() for w in words} & _VAGUE_COUNTS and not is_currency_word(last) and last != "points"
            and (last.endswith("s") or last in _PLURALS_WITHOUT_S))


def _is_name(words: list[str]) -> bool:
    """ "Saudi Arabia", "New South Wales": a place or body, not a measure."""
    return all(w[0].isupper() or w in ("of", "and", "the") for w in words)


def _with_article(words: list[str]) -> str:
    """ "key rate" -> "the key rate", "Orders from the euro zone" -> "the orders from the euro zone";
    a name ("Japan's exports", "Brent crude futures", "OPEC crude output") stands as it is."""
    first, rest = words[0], words[1:]
    if first.lower() in DEMONYMS:  # "German retail sales", "the Australian dollar"
        named = " ".join([first[0].upper() + first[1:], *rest])
        return f"the {named}" if is_currency_word(words[-1]) else named
    if first.isupper() or (first[0].isupper() and rest and rest[0][0].isupper()):
        return " ".join(words)  # "OPEC crude output", "West Texas Intermediate crude"
    if first[0].isupper():
        if "'" in first or "\u2019" in first or not is_known_word(first.lower()):
            return " ".join(words)
        first = first.lower()
    if first in ("the", "its", "their"):
        return " ".join([first, *rest])
    return " ".join(["the", first, *rest])


def time_question(t: TimeRow) -> str:
    if t.kind in ("month", "date", "week") and t.anchor in ("in", "on", ""):
        return f"What happened {t.text[0].lower() + t.text[1:]}?"
    return ""


def entity_question(e: EntityRow) -> str:
    if not e.roles:
        return ""
    if e.kind == "place":
        return f"Where is {e.name}?"
    if e.kind == "person":
        return f"Who is {e.name}?"
    return ""


def nearby_suggestions(ask: Ask) -> list[str]:
    """From the sentences closest to the question, even the ones ruled out by a conflict."""
    out: list[str] = []
    # Closest in topic first: the sentence about exports, even if it is Liaoning's, not Jilin's.
    nearest = sorted(ask.pool.evidence[:12], key=lambda e: (-e.coverage, -e.score))
    for ev in nearest[:8]:
        for question in [figure_question(f) for f in ev.figures] + [time_question(t) for t in ev.times]:
            _add(out, question)
        for _, entity in ev.mentions:
            _add(out, entity_question(entity))
        if len(out) >= MAX_SUGGESTIONS:
            break
    return out[:MAX_SUGGESTIONS] or example_questions(ask.store)


def follow_ups(ask: Ask, article_id: str, paragraph: int) -> list[str]:
    """After an answer: questions about the neighbouring paragraphs' figures and dates."""
    out: list[str] = []
    questions = ask.store.memo("figure_questions", article_id, lambda: _figure_questions(ask.store, article_id))
    for figure_paragraph, question in sorted(questions, key=lambda p: abs(p[0] - paragraph)):
        if figure_paragraph != paragraph and question.lower() != ask.question.lower():
            _add(out, question)
    return out


def _figure_questions(store: Store, article_id: str) -> list[tuple[int, str]]:
    return [(f.paragraph, q) for f in store.article_figures(article_id) if (q := figure_question(f))]


def example_questions(store: Store, n: int = MAX_SUGGESTIONS) -> list[str]:
    out: list[str] = []
    for info in store.articles()[:3]:
        for f in store.article_figures(info.id):
            _add(out, figure_question(f))
            if len(out) >= n:
                return out
        for t in store.article_times(info.id):
            _add(out, time_question(t))
            if len(out) >= n:
                return out
    return out


def _add(out: list[str], question: str) -> None:
    if question and question not in out and len(out) < MAX_SUGGESTIONS:
        out.append(question)
