"""Two stated things compared, each found on its own: how many times one is the other, how many
of one for every one of the other, which is the larger, how many months lie between two dated
events, and a stated count spread over its stated span. Always labelled as computed, with the
working shown; no answer when either side is not stated plainly."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.lazy_re import lazy_compile
from knowledge.store import FigureRow, TimeRow

from handlers.arithmetic import AMOUNT_KINDS, SCALES, alt_unit, amount, as_precise_as, comparable, fmt, same_currency, scaled, unit_of
from handlers.compose import citation, make_answer
from handlers.context import Ask
from handlers.evidence import Evidence, gather
from handlers.figures import rank_figures
from handlers.models import Answer, Citation
from handlers.query import parse_query

_BIGGER = r"(?:bigger|larger|greater|higher|more|as (?:big|large|great|high|much|many))"
# "how many times bigger is September's trade than Liaoning's exports?"
_TIMES_ASKED = lazy_compile(rf"\bhow many times\s+{_BIGGER}\s+(?:(?:is|are|was|were)\s+)?(?P<a>.+?)\s+(?:than|as)\s+(?P<b>.+?)[?.!\s]*$",
                            re.IGNORECASE)
# "Chinese cos at the summit vs Russian firms that set up in Liaoning - how many times more?":
# the two sides first, the asking after.
_VS_TIMES = lazy_compile(r"^\s*(?P<a>.+?)\s+(?:vs\.?|versus|compared (?:with|to)|against)\s+(?P<b>.+?)\s*[-–—:,;]+\s*"
                         rf"how many times(?:\s+(?:over|{_BIGGER}))?\s*[?.!]*\s*$", re.IGNORECASE)
# "chinese firms at the summit vs russian firms that set up in liaoning - whats the ratio": the
# two sides first, the ratio asked after; "the ratio of A to B" names them in its own order.
_VS_RATIO = lazy_compile(r"^\s*(?P<a>.+?)\s+(?:vs\.?|versus|compared (?:with|to)|against)\s+(?P<b>.+?)\s*[-–—:,;]+\s*"
                         r"(?:what(?:'s|s|\s+is)?\s+)?(?:the\s+)?ratio\s*[?.!]*\s*$", re.IGNORECASE)
_RATIO_OF = lazy_compile(r"\bratio of (?P<a>.+?)\s+(?:to|against|vs\.?|versus)\s+(?P<b>.+?)[?.!\s]*$", re.IGNORECASE)
# "how many Chinese firms at the summit for every Russian company that set up?": a count of one
# thing over a count of another ("for every 100 workers" names a number, no stated thing).
_EVERY_ASKED = lazy_compile(r"\bhow many\s+(?P<a>.+?)\s+(?:for|to)\s+(?:every|each)\s+(?P<b>(?![\d.,]+\b).+?)[?.!\s]*$", re.IGNORECASE)
# "which is more, Liaoning's shipments or the September trade total?"
_WHICH_ASKED = lazy_compile(r"^\s*(?:which|what)(?:'s|s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?P<cmp>more|bigger|larger|greater|higher|less|smaller|lower)"
                            r"(?:\s+(?:one|figure|amount|number|total))?\s*[,:;-]?\s+(?P<a>.+?),?\s+or\s+(?P<b>.+?)[?.!\s]*$", re.IGNORECASE)
_LESS_WORDS = frozenset("less smaller lower".split())
# "how many months between the hub opening and Jilin getting access to the port?"
_MONTHS_ASKED = lazy_compile(r"\bhow (?:many months|long)\b(?:\s+(?:passed|elapsed|went by|was it|were there|is it|are there))?\s+(?:between|from)\s+"
                             r"(?P<rest>.+?)[?.!\s]*$", re.IGNORECASE)
_SIDES_JOINED = lazy_compile(r"\s+(?:and|to|till|until)\s+", re.IGNORECASE)
# "which came first, the hub opening or the Jilin announcement?": the two events' stated months
# set in order.
_FIRST_ASKED = lazy_compile(r"^\s*(?:so\s+|and\s+)?(?:which|what)(?:\s+(?:one|event|thing))?\s+(?:came|happened|was|come[s]?|happens|occurred)\s+"
                            r"(?P<order>first|earlier|sooner|before|last|later|second)\s*[,:;-]?\s+(?P<a>.+?),?\s+or\s+(?P<b>.+?)[?.!\s]*$", re.IGNORECASE)
_LATER_WORDS = frozenset("last later second".split())
# "the Jilin announcement": the saying's own time, not the time of what it said would happen
_SAYING_ASKED = lazy_compile(r"\b(?:announc\w*|said|statement|declar\w*|report(?:ed)?|news)\b", re.IGNORECASE)
# "In May, customs said Jilin would be able to use the port from June": the time before the
# saying dates the saying; the event said is dated after it.
_SAID = lazy_compile(r"\b(?:said|says|announced|reported|declared|stated|told|confirmed)\b")
# "on average how many Russian businesses a month set up", "how many a month on average":
# a stated count over a stated span of months.
_A_MONTH = lazy_compile(r"\s*\b(?:a|per|each|every)\s+month\b|\bmonthly\b", re.IGNORECASE)
# "on avg how many ... each month": the average's everyday short form too
_AVERAGE_WORDS = lazy_compile(r"\b(?:on (?:an )?(?:average|avg)|average|averaging|avg)\b\.?,?\s*", re.IGNORECASE)
# "40 firms a month", "averaged 40 a month": a figure already stated per month
_PER_MONTH_AFTER = lazy_compile(r"^\s*(?:[a-z]+\s+){0,3}?(?:a|per|each|every)\s+month\b|^\s*(?:[a-z]+\s+){0,2}?monthly\b", re.IGNORECASE)
# "whats the gap in $ between September's bilateral trade and Liaoning's 9-month exports?": two
# stated things named on their own, their difference asked (the unit asked before "between").
_GAP_ASKED = lazy_compile(r"\b(?:difference|gap)\s+(?:in\s+\S+\s+)?between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)[?.!\s]*$", re.IGNORECASE)
_WHAT_OPENER = lazy_compile(r"^\s*(?:what|whats|what's)\s+(?:(?:is|was|were|are)\s+)?(?:the\s+)?", re.IGNORECASE)
_AVERAGED = lazy_compile(r"\baverag", re.IGNORECASE)
_POSSESSIVE = lazy_compile(r"(?:'s|’s|')$")


@dataclass(frozen=True, slots=True)
class _Side:
    figure: FigureRow
    evidence: Evidence


def handle(ask: Ask) -> Answer | None:
    question = ask.question
    lower = question.lower()
    if "how many times" in lower:
        m = _TIMES_ASKED.search(question) or _VS_TIMES.search(question)
        return _ratio(ask, m["a"], m["b"], "times") if m else None
    if "ratio" in lower:
        m = _VS_RATIO.search(question) or _RATIO_OF.search(question)
        if m:
            return _ratio(ask, m["a"], m["b"], "times")
    if "every" in lower or "each" in lower:
        m = _EVERY_ASKED.search(question)
        if m:
            return _ratio(ask, m["a"], m["b"], "every")
    if " or " in lower:
        m = _WHICH_ASKED.search(question)
        if m:
            return _which(ask, m["a"], m["b"], m["cmp"].lower() in _LESS_WORDS)
        m = _FIRST_ASKED.search(question)
        if m:
            return _which_first(ask, m["a"], m["b"], m["order"].lower() in _LATER_WORDS)
    if "between" in lower:
        m = _GAP_ASKED.search(question)
        # "between registered and disbursed FDI": one word before "and" shares the noun after it,
        # two kinds of one thing, which derived._between_kinds tells apart.
        gap = _gap(ask, m["a"], m["b"]) if m and len(m["a"].split()) > 1 else None
        if gap is not None:
            return gap
    if "between" in lower or "from" in lower:
        m = _MONTHS_ASKED.search(question)
        if m:
            return _months_between(ask, m["rest"])
    if _AVERAGE_WORDS.search(lower) and _A_MONTH.search(lower):
        return _per_month(ask, question)
    return None


def _side(ask: Ask, text: str, whs: tuple[str, ...] = ("how much", "how many")) -> _Side | None:
    """The one stated amount a side of the comparison asks for, as if asked on its own: the
    best-ranked figure of a sentence that names everything the side asks and conflicts with none."""
    for wh in whs:
        query = parse_query(f"{wh} {text}", ask.store)
        if query.unknown_names or not query.required:
            continue
        accepted = [e for e in gather(query, ask.store).accepted[:5] if e.coverage >= 1.0]
        picks = [p for p in rank_figures(query, accepted) if p.figure.kind in AMOUNT_KINDS]
        if picks:
            return _Side(picks[0].figure, picks[0].evidence)
    return None


def _values(a: FigureRow, b: FigureRow) -> tuple[float, float, str] | None:
    """The two amounts in one unit, and b as written in that unit: "42.64 billion yuan ($5.83
    billion)" is set against dollars by its stated dollar value, never by a rate of our own."""
    if comparable(a, b) or (a.kind == b.kind == "count"):
        return scaled(a), scaled(b), b.raw
    if a.kind == b.kind == "money":
        if b.alt_value is not None and same_currency(b.alt_currency, a.currency):
            return scaled(a), b.alt_value * SCALES.get(b.alt_scale, 1.0), f"{b.alt_raw} ({b.raw})"
        if a.alt_value is not None and same_currency(a.alt_currency, b.currency):
            return a.alt_value * SCALES.get(a.alt_scale, 1.0), scaled(b), b.raw
    return None


def _raw(f: FigureRow, other: FigureRow) -> str:
    """A figure as the working sets it against the other: in the other's currency when stated so."""
    if f.kind == other.kind == "money" and not same_currency(f.currency, other.currency) and f.alt_value is not None:
        return f"{f.alt_raw} ({f.raw})"
    return f.raw


def _elliptic(ask: Ask, a_text: str, b_text: str) -> str:
    """ "more grain did Kelmar handle than Osterby": a side that is only a name asks what the
    other side asks, of that name ("grain did handle Osterby")."""
    b_query = parse_query(f"how much {b_text}", ask.store)
    if b_query.required or not b_query.entity_keys:
        return b_text
    names = {w for k in parse_query(f"how much {a_text}", ask.store).entity_keys for w in k.split()}
    kept = [w for w in a_text.split() if _POSSESSIVE.sub("", w.lower()) not in names]
    return " ".join(kept + [b_text])


def _pair(ask: Ask, a_text: str, b_text: str) -> tuple[_Side, _Side] | None:
    a, b = _side(ask, a_text), _side(ask, _elliptic(ask, a_text, b_text))
    if a is None or b is None or a.figure.id == b.figure.id:
        return None
    return a, b


def _cites(ask: Ask, a: _Side, b: _Side) -> list[Citation]:
    cites = [citation(ask.store, a.evidence.sentence)]
    if b.evidence.sentence.id != a.evidence.sentence.id:
        cites.append(citation(ask.store, b.evidence.sentence))
    return cites


def _ratio(ask: Ask, a_text: str, b_text: str, how: str) -> Answer | None:
    pair = _pair(ask, a_text, b_text)
    if pair is None:
        return None
    a, b = pair
    if how == "every" and not (a.figure.kind == b.figure.kind == "count"):
        return None  # "for every Russian company": things counted, not amounts
    values = _values(a.figure, b.figure)
    if values is None or not values[1]:
        return None
    ratio = values[0] / values[1]
    places = 1 if ratio >= 10 else 2
    a_raw = _raw(a.figure, b.figure) if values[0] != scaled(a.figure) else a.figure.raw
    if how == "times":
        head = f"About {fmt(round(ratio, places), places)} times"
    else:
        head = f"About {fmt(round(ratio, places), places)} for every one"
    b_raw = values[2]
    if how == "every":
        # "800 ÷ 40" says nothing of what was counted: "800 enterprises ÷ 40 firms"
        a_raw, b_raw = (f"{f.raw} {f.unit}".strip() if f.unit and f.unit not in f.raw else f.raw for f in (a.figure, b.figure))
    working = f"{a_raw} ÷ {b_raw} = {fmt(round(ratio, places), places)}"
    return make_answer(ask.question, "derived", f"{head}, computed from the article: {working}.", 0.6, _cites(ask, a, b))


def _gap(ask: Ask, a_text: str, b_text: str) -> Answer | None:
    """The difference of two stated amounts found each on its own, in the unit both are stated in
    ("42.64 billion yuan ($5.83 billion)" set against dollars by its own dollar value)."""
    pair = _pair(ask, a_text, b_text)
    if pair is None:
        return None
    a, b = pair
    values = _values(a.figure, b.figure)
    if values is None:
        return None
    big, small = (a, b) if values[0] >= values[1] else (b, a)
    shown = a.figure if values[0] == scaled(a.figure) else b.figure  # the figure whose unit both values are in
    diff = amount(shown, abs(values[0] - values[1]) / SCALES.get(shown.scale, 1.0))
    raws = {a.figure.id: _raw(a.figure, b.figure), b.figure.id: values[2]}
    working = f"{raws[big.figure.id]} − {raws[small.figure.id]} = {diff}"
    return make_answer(ask.question, "derived", f"{diff}, computed from the article: {working}.", 0.6, _cites(ask, a, b))


def _which(ask: Ask, a_text: str, b_text: str, less: bool) -> Answer | None:
    pair = _pair(ask, a_text, b_text)
    if pair is None:
        return None
    a, b = pair
    values = _values(a.figure, b.figure)
    if values is None or values[0] == values[1]:
        return None
    first = (values[0] < values[1]) == less
    win, lose = (a, b) if first else (b, a)
    win_text, lose_text = (a_text, b_text) if first else (b_text, a_text)
    word = "less" if less else "more"
    sign = "<" if less else ">"
    win_raw, lose_raw = _raw(win.figure, lose.figure), _raw(lose.figure, win.figure)
    text = (f"{win_text.strip()[:1].upper()}{win_text.strip()[1:]}, at {win_raw}, is {word} than {lose_text.strip()}, at {lose_raw}; "
            f"computed from the article: {win_raw} {sign} {lose_raw}.")
    return make_answer(ask.question, "derived", text, 0.6, _cites(ask, win, lose))


def _event_month(ask: Ask, text: str, saying: bool = False) -> tuple[TimeRow, Evidence] | None:
    """The month an event is dated to, asked on its own ("when ... the hub opening"): the one
    time of the best sentence that states it, or, of a sentence that reports it, the time after
    the saying ("In May, customs said Jilin would be able to use Vladivostok ... from June");
    the time before it when the saying itself is asked ("the Jilin announcement")."""
    query = parse_query(f"when {text}", ask.store)
    # "the Jilin Vladivostok announcement": the names are all there is to find beside the saying
    if query.unknown_names or not (query.required or saying and query.entity_keys):
        return None
    accepted = [e for e in gather(query, ask.store).accepted[:3] if e.coverage >= 1.0]
    if not accepted:
        return None
    ev = accepted[0]
    months = [t for t in ev.times if t.kind in ("month", "date") and t.start_date]
    if len(months) == 1:
        return months[0], ev
    said = _SAID.search(ev.sentence.text)
    if said is None:
        return None
    after = [t for t in months if t.start >= said.end()]
    before = [t for t in months if t.end <= said.start()]
    if saying:
        return (before[-1], ev) if before else None
    return (after[0], ev) if len(after) == 1 and before else None


def _which_first(ask: Ask, a: str, b: str, later: bool) -> Answer | None:
    """ "which came first, the hub opening or the Jilin announcement?": the side of the earlier
    stated month (the later one asked "which came last"); none when both fall in one month."""
    sides = []
    for text in (a, b):
        # "the Jilin announcement" is found by the saying verb the sentence holds ("customs said")
        saying = _SAYING_ASKED.search(text) is not None
        dated = _event_month(ask, _SAYING_ASKED.sub("said", text) if saying else text, saying)
        if dated is None:
            return None
        sides.append((dated[0], dated[1], text.strip()))
    (ta, ea, xa), (tb, eb, xb) = sides
    if ea.sentence.id == eb.sentence.id and ta.id == tb.id or not ta.start_date or not tb.start_date:
        return None
    if _month_number(ta.start_date) == _month_number(tb.start_date):
        return None
    (t1, e1, x1), (t2, e2, x2) = sorted(sides, key=lambda p: p[0].start_date, reverse=later)
    label_1, label_2 = (t.label.removeprefix("from ").removeprefix("since ") for t in (t1, t2))
    text = f"{x1[:1].upper()}{x1[1:]} came first ({label_1}), then {x2} ({label_2})." if not later else \
        f"{x1[:1].upper()}{x1[1:]} came later ({label_1}), after {x2} ({label_2})."
    cites = [citation(ask.store, e1.sentence)] + ([citation(ask.store, e2.sentence)] if e2.sentence.id != e1.sentence.id else [])
    return make_answer(ask.question, "derived", text, 0.6, cites)


def _month_number(iso: str) -> int:
    return int(iso[:4]) * 12 + int(iso[5:7]) - 1


def _months_between(ask: Ask, rest: str) -> Answer | None:
    """ "how many months between the hub opening and Jilin getting access": the months between
    the two events' stated months."""
    for joint in _SIDES_JOINED.finditer(rest):
        first, second = _event_month(ask, rest[: joint.start()]), _event_month(ask, rest[joint.end():])
        if first is None or second is None or first[1].sentence.id == second[1].sentence.id and first[0].id == second[0].id:
            continue
        (ta, ea), (tb, eb) = sorted((first, second), key=lambda p: p[0].start_date)
        months = _month_number(tb.start_date) - _month_number(ta.start_date)
        if months <= 0:
            return None
        label_a, label_b = (t.label.removeprefix("from ").removeprefix("since ") for t in (ta, tb))
        about = "About " if "date" in (ta.kind, tb.kind) else ""
        count = f"{months} month{'s' if months != 1 else ''}"
        text = f"{about}{count}, computed from the article: {label_a} to {label_b} = {count}."
        cites = [citation(ask.store, ea.sentence)] + ([citation(ask.store, eb.sentence)] if eb.sentence.id != ea.sentence.id else [])
        return make_answer(ask.question, "derived", text[0].upper() + text[1:], 0.6, cites)
    return None


def _per_month(ask: Ask, question: str) -> Answer | None:
    """ "On average how many Russian businesses a month set up in Liaoning?" over "In January to
    September, 40 Russian firms set up businesses": the count over the months of its span."""
    plain = _A_MONTH.sub(" ", _AVERAGE_WORDS.sub(" ", question))
    # "on avg how much did liaoning export to RU per month?": an amount spread the same way; the
    # side keeps its letters' case ("RU" is Russia, "ru" no name)
    wh = "how many" if "how many" in plain.lower() else "how much"
    # "avg monthly liaoning exports to russia in yuan", "what were its average monthly exports":
    # the amount named without asking how much is asked as much
    rest = plain[plain.lower().find(wh) + len(wh) :] if wh in plain.lower() else _WHAT_OPENER.sub("", plain, count=1)
    side = _side(ask, rest, (wh,))
    if side is None:
        return None
    f, text = side.figure, side.evidence.sentence.text
    if _AVERAGED.search(text) or _PER_MONTH_AFTER.search(text[f.end:]) or not f.period_start or not f.period_end:
        return None  # stated as an average or a monthly rate: the figure handler gives it
    if f.period_start[8:] != "01":
        return None  # whole months only
    months = _month_number(f.period_end) - _month_number(f.period_start) + 1
    if months < 2:
        return None
    rate = scaled(f) / months / SCALES.get(f.scale, 1.0)
    unit = unit_of(f)
    stated = f.raw if unit in f.raw else f"{f.raw} {unit}"
    # "42.64 billion yuan ÷ 9": about 4.74 billion yuan, as precise as the amount; firms in tenths
    shown = as_precise_as(f, rate) if f.kind == "money" or f.scale else f"{fmt(round(rate, 1), 1)} {unit}"
    if f.alt_value:
        shown += f" ({alt_unit(f, f.alt_value / months)})"  # "($5.83 billion)" spread too
    text = f"About {shown} a month, computed from the article: {stated} ÷ {months} months ({f.period_label}) = {shown}."
    return make_answer(ask.question, "derived", text, 0.6, [citation(ask.store, side.evidence.sentence)])
