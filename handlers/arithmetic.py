"""Arithmetic on stated figures, shared by the derived answers and the figure handler."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from knowledge import gazetteer as gz
from knowledge.dates import find_times
from knowledge.lazy_re import Guarded, lazy_compile
from knowledge.lexicon import GENERIC, MEASURES
from knowledge.numbers import currency_of_word, is_vague
from knowledge.store import FigureRow, SentenceRow
from knowledge.text import is_content, phrase_keys, token_keys, tokenize

from handlers.compose import citation, make_answer
from handlers.context import Ask
from handlers.evidence import Evidence, base_text, clause_text, home_place, named_by
from handlers.models import Answer, Citation
from handlers.query import Query, per_head_noun

SCALES = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12}


_LEADING_NUMBER = lazy_compile(r"^[^\d]*[\d.,]+\s*")
# "eight days", "twenty-one months": a number spelt out is no word of the unit ("22 eight days")
_SPELT_NUMBER = lazy_compile(r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                             r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b"
                             r"[- ]?)+\s*", re.IGNORECASE)


def unit_of(f: FigureRow) -> str:
    if f.currency == "USD" and f.raw.lstrip().startswith(("$", "US$")):
        return f"{f.scale} dollars".strip()
    words = _LEADING_NUMBER.sub("", f.raw).rstrip(")")  # "(−45 million euros)": a loss, signed
    if words == f.raw:
        words = _SPELT_NUMBER.sub("", words)
    words = words if words else f.scale
    if f.kind == "count" and f.unit and f.unit not in words.split():
        words = f"{words} {f.unit}".strip()  # "51.8 million" of "bags": "2.4 million bags"
    return words


def amount(f: FigureRow, value: float, places: int = 2) -> str:
    """A computed value written like the figure it came from: "$2.34 billion", "23.39 billion yuan";
    a count of things, or thousands of anything, in whole units ("about 370,377 units", not 370,377.02)."""
    # "214.6 points" of an index is counted in tenths, as the article writes it.
    if not f.scale and ((f.kind == "count" and not _DECIMALS.search(f.raw)) or abs(value) >= 1000):
        value = float(round(value))  # "about 431,097 tonnes": cents of a tonne are noise
    if f.currency == "USD" and f.raw.lstrip().startswith(("$", "US$")):
        return f"${fmt(value, places)} {f.scale}".strip()
    symbol = _LEADING_SYMBOL.match(f.raw.lstrip())
    if f.kind == "money" and symbol:
        # "£273,920 ÷ 1.024": about £267,500, written as the article writes pounds (and A$, R$, €)
        return f"{symbol.group(0)}{fmt(value, places)} {unit_of(f)}".strip()
    return f"{fmt(value, places)} {unit_of(f)}".strip()


def as_precise_as(f: FigureRow, value: float) -> str:
    """A computed value told to no more decimals than the figure it came from, but to three
    digits at least: 78.6 billion ÷ 1.184 is "about 66.4 billion", 1.2 billion ÷ 1.05 about 1.14
    billion; a whole figure keeps the whole units amount() gives it."""
    number = _DECIMALS.search(f.raw)
    if not value or (number is None and not f.scale):
        return amount(f, value)
    # "412 million euros ÷ 1.234": about 334 million, not 333.87 million; a whole count of
    # millions is told in whole millions once it has three digits.
    places = max(len(number.group(1)) if number else 0, 2 - math.floor(math.log10(abs(value))))
    return amount(f, round(value, places), places) if places < 2 else amount(f, value)


_DECIMALS = re.compile(r"\d\.(\d+)")
_LEADING_SYMBOL = re.compile(r"(?:[A-Z]{1,2})?[£€¥₹$]")


_SPOKEN_VOWEL_START = lazy_compile(r"(?:8|11|18)(?:\D|$)|8\d(?:\D|$)|8\d\d(?:\D|$)")


def indefinite(number_text: str) -> str:
    """ "an 8.5% rise", "a 12% rise": the article as the number is read aloud."""
    spoken_vowel = _SPOKEN_VOWEL_START.match(number_text.lstrip("$€£¥"))
    return "an" if spoken_vowel else "a"


def alt_unit(f: FigureRow, value: float) -> str:
    symbol = "$" if f.alt_currency == "USD" else ""
    scale = f" {f.alt_scale}" if f.alt_scale else ""
    return f"{symbol}{fmt(value)}{scale}" if symbol else f"{fmt(value)}{scale} {f.alt_currency}"


def fmt(value: float, places: int = 2) -> str:
    """As a reader writes it: 60,000 not 60,000.00; 23.39; a rate to three places when asked."""
    if abs(value - round(value)) < 1e-9 and abs(value) >= 1:
        return f"{round(value):,}"
    text = f"{value:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text and places > 2 else text


def difference(a: FigureRow, b: FigureRow) -> float:
    """a − b, in a's scale (a billion minus a million is still counted in billions)."""
    scale = SCALES.get(a.scale, 1.0)
    return (a.value * scale - b.value * _scale_beside(b, a)) / scale


def _scale_beside(b: FigureRow, a: FigureRow) -> float:
    """The scale of a figure read beside another: "to 1.6 billion from 1.1" leaves the billion
    unsaid, but "760,000 tonnes" beside "1.1 million tonnes" is written out in whole units."""
    if b.scale or b.value >= 1000:
        return SCALES.get(b.scale, 1.0)
    return SCALES.get(a.scale, 1.0)


def difference_text(a: FigureRow, b: FigureRow, lead: str = "", unit: str = "") -> str:
    """ "0.5 billion pounds, computed from the article: £1.6 billion − £1.1 billion = 0.5 …" """
    diff = difference(a, b)
    unit = unit or unit_of(a) or (a.measure if a.kind == "count" else "")
    if diff < 0:
        # "how much cheaper is A than B": the gap is B − A; a working that ends below zero reads
        # as a loss. It stays counted in the first one's scale ("1 trillion − 820 billion yen": 180 billion yen).
        a, b, diff = b, a, -diff
    shown, unit = _gap_shown(diff, unit, a.scale)
    head = f"{lead} {shown} {unit}{_in_whole_units(diff, unit, a.scale)}".strip()
    working = f"{a.raw} − {b.raw} = {shown} {unit}".strip()
    return f"{head}, computed from the article: {working}.".replace("  ", " ")


_NEXT_SCALE_DOWN = {"million": ("", 1e6), "mln": ("", 1e6), "m": ("", 1e6), "billion": ("million", 1e3), "bn": ("million", 1e3)}


def _gap_shown(value: float, unit: str, scale: str) -> tuple[str, str]:
    """A gap under one million or billion that two places cannot show in full is told in the
    next scale down: 1.05 million − 412,000 tonnes is 638,000 tonnes, not 0.64 million."""
    words = unit.split()
    if scale not in _NEXT_SCALE_DOWN or scale not in words or not 0 < abs(value) < 1 or abs(value * 100 - round(value * 100)) < 1e-6:
        shown = fmt(value)
        if scale and scale in words and abs(value) >= 1 and "." in shown:
            # "7.9 billion − 5.6 billion = 2.3 billion gloves": a scaled figure is written without
            # a trailing zero, as the article writes its own ("2.30 billion" reads as a price)
            shown = shown.rstrip("0").rstrip(".")
        return shown, unit
    lower, factor = _NEXT_SCALE_DOWN[scale]
    words[words.index(scale)] = lower
    return fmt(round(value * factor, 6)), " ".join(w for w in words if w)


def _in_whole_units(value: float, unit: str, scale: str) -> str:
    """A gap under one million or billion is also said in the next scale down, as a reader counts
    it: "0.70 million passengers (700,000 passengers)"."""
    words = unit.split()
    if scale not in _NEXT_SCALE_DOWN or scale not in words or not 0 < abs(value) < 1:
        return ""
    lower, factor = _NEXT_SCALE_DOWN[scale]
    words[words.index(scale)] = lower
    return f" ({fmt(round(value * factor, 6))} {' '.join(w for w in words if w)})".replace(" )", ")")


def sum_text(a: FigureRow, b: FigureRow) -> str:
    """ "4,200 jobs, computed from the article: 1,800 + 2,400 = 4,200 jobs": a + b, in a's scale."""
    scale = SCALES.get(a.scale, 1.0)
    total = (a.value * scale + b.value * _scale_beside(b, a)) / scale
    unit = unit_of(a) or (a.measure if a.kind == "count" else "")
    return f"{fmt(total)} {unit}, computed from the article: {a.raw} + {b.raw} = {fmt(total)} {unit}.".replace("  ", " ").replace(" ,", ",").replace(" .", ".")


_ASKS_PERCENT = lazy_compile(r"\b(?:percent|per cent|percentage|pct)\b|%|\bwhat rate\b", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[,;]")
_THEN_FROM = re.compile(r"(?:\s+(?:in|at|on|by|last|this)(?:\s+[^\W\d][\w-]*){1,2})?\s+from\s+(?:about\s+|around\s+)?", re.IGNORECASE)
_UP_FROM_BETWEEN = re.compile(r"[^,;]{0,30},?\s*(?:up|down)\s+from\s+(?:about\s+|around\s+)?", re.IGNORECASE)
_COMPARED_BETWEEN = re.compile(r"[^,;]{0,30},?\s*compared\s+(?:with|to)\s+(?:about\s+|around\s+)?", re.IGNORECASE)


# ("..., while Chinese direct investment reached $2.3 billion": a level reached by a verb of its own
# is another thing's too, not the level the first moved from)
_REACHED_BEFORE = lazy_compile(r"\b(?:to|reached|reaches|hit|hits|topped|tops|totalled|totaled|totals|stood\s+at|stands\s+at)\s+"
                               r"(?:(?:reach|hit|top|about|around|nearly|some|roughly)\s+)?$", re.IGNORECASE)


# "aims to attract $36 billion to $38 billion": the two ends of one range, no move between them
_RANGE_JOIN = lazy_compile(r"\s*(?:to|-|–|and)\s*", re.IGNORECASE)


# "would lift annual capacity from 34,000 tonnes to 45,000 tonnes": after a verb of moving, "from"
# one amount "to" another is the level left and the level reached, no range
_MOVED_FROM_TO = lazy_compile(r"\b(?:lift|rais|increas|expand|boost|grow|grew|rise|rose|risen|climb|doubl|cut|reduc|lower|fall|fell|fallen"
                              r"|drop|declin|slash|shrink|shrank)\w*\b[^,;]{0,60}\bfrom\s+$", re.IGNORECASE)
_TO_JOIN = lazy_compile(r"\s*to\s*", re.IGNORECASE)


def _a_range(text: str, a: FigureRow, b: FigureRow) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    if _TO_JOIN.fullmatch(text, first.end, second.start) and _MOVED_FROM_TO.search(text[max(0, first.start - 80) : first.start]):
        return False
    return bool(_RANGE_JOIN.fullmatch(text, first.end, second.start))


def change_between(ask: Ask, ev: Evidence) -> Answer | None:
    """ "rose to £1.6 billion in December from £1.1 billion in November" (0.5), "narrowed to 24.5%
    from 27.1%" (2.6 points), "produced 240,000 tonnes … to 300,000 tonnes" (60,000): the change
    between the level reached ("to") and the level left ("from", else the other one stated)."""
    text = ev.sentence.text
    amounts = in_partners_currency([f for f in ev.figures if f.kind in ("money", "quantity", "count", "percent", "number")])

    def after(word: str, f: FigureRow) -> bool:
        # "from 17.2%", "down from its earlier forecast of 1.5 million bpd"
        return bool(re.search(rf"\b{word}\s+(?:[\w-]+\s+){{0,4}}$", text[max(0, f.start - 45) : f.start]))

    # "to 350,000 vehicles from 220,000": a bare number after "from" counts what its partner counts.
    bare = lambda f: f.kind == "number" and after("from", f)  # noqa: E731
    # "stood at 48% of capacity, compared with 61% a year earlier": the level left, by other words
    # ("cost 5.79 zlotys in September, versus 6.42 zlotys a year earlier": "versus" says it too)
    left = lambda f: (after("from", f) or after("compared with", f) or after("compared to", f) or after("against", f)  # noqa: E731
                      or after("versus", f))
    # "rose to 4.60 crowns per kg from 3.20 crowns", "14.20 pesos per kg, compared with 19.60
    # pesos": the amount left is per kg too.
    per_unit = lambda a, b: a.kind == b.kind == "money" and a.currency == b.currency and not b.unit and left(b)  # noqa: E731
    # "bringing its payroll to 31,800 from 28,900 workers": a bare number reached counts what the
    # level it moved from counts.
    reached = lambda a, b: (a.kind == "number" and b.kind in ("count", "quantity") and a.end <= b.start  # noqa: E731
                            and after("to", a) and bool(_THEN_FROM.fullmatch(text, a.end, b.start)))
    # "The number of companies ... rose to 186 at the end of October from 152 a year earlier",
    # asked how many: two bare numbers of one clause, the level reached and the level left, or
    # joined by "up from" past a comma ("rose to 5,870 between January and September, up from 4,910").
    # "Average daily ridership reached 24,900 in September, compared with 18,300 a year earlier":
    # the pair "compared with" joins is one measure's levels too, whatever verb reached the first.
    counted = lambda a, b: (ask.query.wants == "count" and a.kind == b.kind == "number" and a.end <= b.start  # noqa: E731
                            and ((after("to", a) and after("from", b)
                                  and (not _CLAUSE_END.search(text, a.end, b.start) or bool(_UP_FROM_BETWEEN.fullmatch(text, a.end, b.start))))
                                 or bool(_COMPARED_BETWEEN.fullmatch(text, a.end, b.start))))
    # "a trade surplus of $9.15 billion for the month, up from $4.79 billion": the pair joined by
    # "up from" is one measure's, whatever else rose "to" a level in the sentence.
    joined = lambda a, b: a.end <= b.start and bool(_UP_FROM_BETWEEN.fullmatch(text, a.end, b.start))  # noqa: E731
    # "drew 1,240 exhibitors ..., including 415 from China, up from 290 Chinese exhibitors": a bare
    # number "up from" a count counts what it counts.
    joined_bare = lambda a, b: a.kind == "number" and b.kind in ("count", "quantity") and joined(a, b)  # noqa: E731
    # "expects chicken shipments to reach 650,000 tonnes, while pork sales could recover to 280,000
    # tonnes": two levels reached, of two things; neither is the other's level left.
    pairs = [(a, b) for a in amounts for b in amounts
             if a is not b and not (_REACHED_BEFORE.search(text, 0, b.start) and not left(b)) and not _a_range(text, a, b)
             and not _another_places(ask.query, text, b)
             and ((a.kind != "number" and (comparable(a, b) or bare(b) or per_unit(a, b))) or reached(a, b) or counted(a, b)
                                or joined_bare(a, b))]
    # "shrunk since the beginning of May": the level left at the start of May, not the one "a year
    # earlier" that the same sentence also gives.
    based = lambda f: _left_at_base(ask.query, text[f.end : f.end + 40])  # noqa: E731
    # "EBITDA climbed 24% to 31.2 billion dirhams, while net profit rose to 14.7 billion dirhams
    # from 11.9 billion dirhams": of two levels reached, the one of the measure asked.
    measures = [t.keys for t in ask.query.required if t.keys & MEASURES]
    named = lambda f: bool(measures) and bool(f.measure) and any(k & phrase_keys(f.measure) for k in measures)  # noqa: E731
    # "Onshore orders rose 6% to 2,310 MW, while offshore orders slumped to 560 MW from 1,550 MW":
    # of two levels reached, the one whose measure names more of what was asked ("offshore"), and
    # the pair of one measure.
    words = [t.keys for t in ask.query.required]
    told = lambda f: sum(1 for k in words if k & phrase_keys(f.measure)) if f.measure else 0  # noqa: E731
    kin = lambda a, b: bool(a.measure) and a.measure.lower() == b.measure.lower()  # noqa: E731
    # "sales of NZ$1.02 billion, while China was ... at NZ$890 million, compared with NZ$760 million
    # the previous season": the level left is that of the last amount of its kind before it, not
    # of one further back; nor is an amount itself left ("down from 45.8 million tonnes ... but up
    # from 35.6 million tonnes") the level the other moved from.
    nearest = lambda a, b: (left(b) and not left(a) and a.end <= b.start  # noqa: E731
                            and not any(a.end <= g.start < b.start and comparable(g, b) for g in amounts))
    # "between 2023 and next yr" over "allow trains of 120 wagons ..., up from 80 before, and should
    # raise the corridor's annual capacity to 22 million tonnes next year, compared with 18 million
    # tonnes last year": the level left dated to the year counted from, the one reached to another.
    dated = lambda a, b: _dated_at_base(ask.query, b) and (a.period_start, a.period_end) != (b.period_start, b.period_end)  # noqa: E731
    ranked = sorted(pairs, key=lambda p: -(2 * after("to", p[0]) + 2 * left(p[1]) - left(p[0]) + 3 * joined(*p) + 3 * based(p[1]) + named(p[0])
                                           + 3 * dated(*p)
                                           + 0.25 * told(p[0]) + 0.5 * kin(*p) + 2 * nearest(*p)))
    if not ranked or not (after("to", ranked[0][0]) or left(ranked[0][1])):
        return None
    a, b = signed_pair(text, *ranked[0])
    if ask.query.direction and (difference(a, b) >= 0) != (ask.query.direction == "up"):
        return None  # asked how much it went up; these levels went down: not the change asked
    if _ASKS_PERCENT.search(ask.query.text) and a.kind != "percent" and b.value:
        if min(a.value, b.value) < 0:
            return None  # a rate of change from a loss to a profit means nothing
        # "By what percentage did debt rise?" over "$161.2 billion, up from $152.9 billion": the
        # change as a share of the level left.
        rate = difference(a, b) * SCALES.get(a.scale, 1.0) / (b.value * _scale_beside(b, a)) * 100
        out = (f"{'Up' if rate >= 0 else 'Down'} about {fmt(abs(rate), 1)}%, computed from the article: "
               f"({a.raw} − {b.raw}) ÷ {b.raw} = {fmt(rate, 1)}%.")
        return make_answer(ask.question, "derived", out, 0.75, [citation(ask.store, ev.sentence)])
    unit = "percentage points" if a.kind == "percent" and a.unit != "percentage points" else unit_of(a) or unit_of(b)
    out = difference_text(a, b, "Up" if difference(a, b) >= 0 else "Down", unit)
    return make_answer(ask.question, "derived", out, 0.75, [citation(ask.store, ev.sentence)])


# "compared with 2.38 million tonnes from the United States": the level a place's own (figures'
# comparison rule reads the same words between a figure and its place).
PLACE_AFTER_FIGURE = r"\s+(?:[a-z]+\s+)?(?:from|for|in|by|of)\s+(?:the\s+)?"
_PLACE_AFTER = lazy_compile(PLACE_AFTER_FIGURE + r"([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})")


def _another_places(query: Query, text: str, f: FigureRow) -> bool:
    """ "Brazil shipped 2.68 million tonnes ..., compared with 2.38 million tonnes from the United
    States": a level told of a place the question does not ask is another's, no level it moved
    from, whatever the sentence compares it with."""
    m = _PLACE_AFTER.match(text, f.end)
    if not m or m.group(1).lower() not in gz.PLACES:
        return False
    place = gz.PLACES[m.group(1).lower()]
    asked = {gz.PLACES.get(k.lower(), k.lower()) for k in query.entity_keys}
    return place not in asked and not any(place.lower() in t.keys for t in query.terms)


_LOSS_BEFORE = lazy_compile(r"\b(?:(?:net |operating |pre-tax |pretax )?loss|deficit)\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$|\blost\s+$", re.IGNORECASE)


_GAIN_BEFORE = lazy_compile(r"\b(?:profits?|surplus|earnings|net income)\b[^,;]{0,35}$", re.IGNORECASE)


def signed_pair(text: str, a: FigureRow, b: FigureRow) -> tuple[FigureRow, FigureRow]:
    """ "a profit of 312 million euros, compared with a loss of 45 million euros": a loss set
    against a profit is below zero, so the change is 357 million, not 267. Money only; either
    may be the loss."""
    loss = lambda f: f.kind == "money" and bool(_LOSS_BEFORE.search(text[max(0, f.start - 30) : f.start]))  # noqa: E731
    # "a deficit of 312.4 billion yen, narrowing from 498.7 billion yen": the level left of a loss
    # is a loss too, unless the text calls it a profit
    gain = lambda f: f.kind == "money" and bool(_GAIN_BEFORE.search(text[max(0, f.start - 45) : f.start]))  # noqa: E731
    if loss(a) == loss(b) or not (gain(a) or gain(b)):
        return a, b
    negated = lambda f: replace(f, value=-f.value, raw=f"(−{f.raw})")  # noqa: E731
    return (negated(a), b) if loss(a) else (a, negated(b))


def in_partners_currency(amounts: list[FigureRow]) -> list[FigureRow]:
    """ "reached 2.73 trillion riel ($672 million), up from $455 million": a sum restated in the
    currency its partner is stated in, and no other, is compared in that currency."""
    told = {f.currency for f in amounts if f.kind == "money"}

    def restated(f: FigureRow) -> FigureRow:
        if (f.kind != "money" or f.alt_value is None or not f.alt_currency or f.alt_currency not in told - {f.currency}
                or sum(1 for g in amounts if g.kind == "money" and g.currency == f.currency) > 1):
            return f
        return replace(f, raw=f.alt_raw, value=f.alt_value, currency=f.alt_currency, scale=f.alt_scale, alt_raw=f.raw,
                       alt_value=f.value, alt_currency=f.currency, alt_scale=f.scale)

    return [restated(f) for f in amounts]


_BASE_WORDS = lazy_compile(r"[a-z]+|\d{4}")


def _dated_at_base(query: Query, f: FigureRow) -> bool:
    """Whether a level's period is the one the question counts from ("between 2023 and ...",
    "since 2021"), by dates, not words."""
    return bool(f.period_start) and any(
        t.anchor in _BASE_ANCHORS and t.start_date and t.end_date
        and (t.start_date.isoformat(), t.end_date.isoformat()) == (f.period_start, f.period_end) for t in query.times)


_BASE_ANCHORS = frozenset({"between", "since", "from"})


def _left_at_base(query: Query, after: str) -> bool:
    """Whether the words after a level name the time the question counts from ("since the
    beginning of May": "45.8 million tonnes at the start of May")."""
    words = [w for b in query.bases if b.anchor in ("since", "from") for w in _BASE_WORDS.findall(base_text(b.text))
             if w in _MONTH_WORDS or w.isdigit()]
    if not words:
        # "climb since last week" over "to $13.85 ... up 9.6% from $12.64 last week": a time told
        # by its distance back, named as the article names it.
        spans = [m[0] for b in query.bases if b.anchor in ("since", "from") and (m := _LAST_PERIOD.search(b.text.lower()))]
        return bool(spans) and all(re.match(rf"\s*(?:[\w-]+\s+){{0,2}}?{s}\b", after.lower()) for s in spans)
    return bool(words) and all(w in after.lower() for w in words)


_LAST_PERIOD = lazy_compile(r"\b(?:last|the previous|the prior) (?:week|month|quarter)\b|\b(?:a|one) (?:week|month|quarter) (?:ago|earlier)\b|\byesterday\b")


_MONTH_WORDS = frozenset("january february march april may june july august september october november december".split())
_FROM_LEVEL = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)


def states_level_at_base(query: Query, ev: Evidence) -> bool:
    """ "How much has the price dropped since July?" over "fell to $1,720 a tonne ... from $1,950
    in July": the level left at the time asked is stated, so the move is the change between the
    levels, whatever other percentage ("fishmeal with 67% protein") the sentence gives."""
    if not query.direction or not any(b.anchor in ("since", "from") for b in query.bases):
        return False
    text = ev.sentence.text
    return any(_FROM_LEVEL.search(text[max(0, f.start - 15) : f.start]) and _left_at_base(query, text[f.end : f.end + 40])
               for f in ev.figures)


# "What share of Chile's June copper output came from Codelco?", "what proportion of rice exports
# was basmati?": the whole, then the part.
# "wat percent of the trucks were iranian": "percent" and "per cent" ask the share as "percentage" does
# ("what share of the daily coal trucks will the railway replace": a share still to come)
_SHARE_OF = re.compile(r"\b(?:what|which)\s+(?:share|proportion|percentage|percent|per cent|part|fraction|portion|%)\s+of\s+(?P<whole>.+?)\s+"
                       r"(?:came|come|comes|was|were|is|are|went|goes|go|did|does|do|will|would|can|could|has|have|had)\b(?P<part>.*?)\s*\??\s*$", re.IGNORECASE)
AMOUNT_KINDS = ("money", "quantity", "count")  # the kinds of figure that are amounts of a thing
_INCLUDING = lazy_compile(r"\b(?:including|excluding|except|other than|as well as)\b[^,;]*,?[^,;]*$", re.IGNORECASE)


def asks_share_of(question: str) -> re.Match[str] | None:
    return _SHARE_OF.search(question)


def share_of(ask: Ask, m: re.Match[str]) -> Answer | None:
    """The part's stated amount over the whole's, when the article gives both but not the share:
    "Codelco produced 109,300 tonnes" of "412,560 tonnes" -> about 26.5%."""
    found = share_parts(ask, m["part"], m["whole"])
    if found is None:
        return None
    share, part, part_ev, whole, whole_ev = found
    text = (f"About {fmt(share, 1)}%, computed from the article: {part.raw} ÷ {whole.raw} = {fmt(share, 1)}%.")
    return make_answer(ask.question, "derived", text, 0.7, part_whole_citations(ask, part_ev, whole_ev))


def part_whole_citations(ask: Ask, part_ev: Evidence, whole_ev: Evidence) -> list[Citation]:
    """The part's sentence, and the whole's when it is another."""
    cites = [citation(ask.store, part_ev.sentence)]
    if whole_ev.sentence.id != part_ev.sentence.id:
        cites.append(citation(ask.store, whole_ev.sentence))
    return cites


def share_parts(ask: Ask, part_text: str, whole_text_asked: str) -> tuple[float, FigureRow, Evidence, FigureRow, Evidence] | None:
    """The share (in percent) the part asked makes of the whole asked, with the two amounts and
    their sentences; None when the article does not give both."""
    m = {"part": part_text, "whole": whole_text_asked}
    part_words, whole_words = content_keys(_without_periods(m["part"])), content_keys(m["whole"])
    # "the pledged money": the pledges, whose amount is money anyway ("412 billion rupees in commitments")
    whole_words = [k for k in whole_words if not k & _MONEY_NOUNS] or whole_words
    if not part_words or not whole_words:
        return None
    part_words = _home_nation_local(ask, part_words)
    if len(part_words) > 1 and part_words[-1] & _PART_VERBS:
        # "what % of the project cost did the exim loan cover": the verb closing the part asked is
        # what the part does, not a word of it ("financed largely through a $3.2 billion loan")
        part_words = part_words[:-1]
    # "Thailand's potash imports": the whole of a place asked must be that place's; a mine's output
    # that goes by rail past Thailand's port is no whole of Thailand's.
    whole_places = [k for k in whole_words if any(w in gz.PLACES for w in k)]
    # "adriatic chrome's total output": a body's own whole, which the nation's ("national output
    # could reach 1.5 million tonnes") is not.
    whole_text = m["whole"].lower()
    body_whole = any(e.kind in ("org", "other") and named_by(e, {k}) for e in ask.query.entities
                     for k in ask.query.entity_keys if k in whole_text)
    amounts = [(f, ev) for ev in ask.pool.evidence[:20] for f in ev.figures if f.kind in AMOUNT_KINDS or _bare_of_them(ev, f)]
    # "The submarine portion is worth $9.4 billion and the frigates $3.2 billion": of two amounts
    # in one clause, the one that measures the part asked first.
    # ("will replace hundreds of trucks a day" is no part to divide: "around 900 of them" is)
    amounts.sort(key=lambda a: (is_vague(a[0].raw), not (a[0].measure and all(k & phrase_keys(a[0].measure) for k in part_words))))
    for part, part_ev in amounts:
        text = _longer_names_masked(part_ev, part_words)
        clause = phrase_keys(clause_text(text, part.start, part.end))
        if not any(f.start < part.start for f in part_ev.figures if f.kind in AMOUNT_KINDS):
            # "Corvista, which treats heart failure, brought in 3.05 billion francs": the subject
            # stands before an aside; no other amount between them.
            clause = clause | phrase_keys(text[: part.start])
        if not all(k & clause for k in part_words) or _INCLUDING.search(text[: part.start]):
            continue  # "rice exports, including basmati, fell to 7.8 million tonnes" is the whole
        # "shipments worth 12.6 billion euros, down from 13.9 billion euros a year earlier": the
        # part's own earlier level is no whole of it.
        wholes = [(sum(1 for k in whole_words if k & ev.sentence.terms), f, ev) for f, ev in amounts
                  if f is not part and (comparable(f, part) or _of_them(part_ev, part, ev, f)) and scaled(f) > scaled(part)
                  and not (ev is part_ev and f.start > part.end and _EARLIER_LEVEL.search(ev.sentence.text[part.end : f.start]))]
        # The measure asked must be the whole's ("revenue"); its owner may go unnamed ("the company").
        measure_words = [k for k in whole_words if k & MEASURES] or whole_words
        wholes = [w for w in wholes if all(k & w[2].sentence.terms for k in measure_words + whole_places)]
        wholes = [w for w in wholes if not _whole_ahead(ask, part, w[1]) and not _periods_apart(part, w[1])
                  and not _bounded_as_part(w[2], w[1], part_words, whole_words)
                  and not (body_whole and _NATIONAL_WHOLE.search(clause_text(w[2].sentence.text, w[1].start, w[1].end)))]
        if not wholes:
            continue
        # "of total tea shipments": a whole told as a total ("Total tea exports reached 181.2
        # million kg") before another buyer's amount beside the part ("after Iraq, which took 31.6")
        total = bool(_TOTAL_WORD.search(m["whole"]))
        _, whole, whole_ev = max(wholes, key=lambda w: (w[0], total and bool(_TOTAL_WORD.search(clause_text(w[2].sentence.text, w[1].start, w[1].end))),
                                                        -w[2].sentence.paragraph))
        return 100 * scaled(part) / scaled(whole), part, part_ev, whole, whole_ev
    return None


def _home_nation_local(ask: Ask, words: list[frozenset[str]]) -> list[frozenset[str]]:
    """ "what share of the loan came from ghanaian banks" in a story whose headline opens on Ghana:
    the home nation's banks are its "local lenders" or "domestic" ones, so its demonym may be told
    by either word. So are its banks named by the place itself: "from local banks in ghana"."""
    if not any(w in gz.DEMONYMS or w in gz.PLACES for k in words for w in k) or not ask.pool.evidence:
        return words
    home = home_place(ask.store, ask.pool.evidence[0].sentence.article_id)
    if home is None:
        return words
    name = ask.store.entities_by_id([home])[home].name.lower()
    return [k | _LOCAL_KEYS if any(w == name or gz.DEMONYMS.get(w, "").lower() == name for w in k) else k for k in words]


_LOCAL_KEYS = frozenset({"domestic"})
_MONEY_NOUNS = frozenset({"money", "cash"})
_PART_VERBS = frozenset({"cover", "fund", "finance", "contribute", "provide", "represent", "supply"})
_TOTAL_WORD = lazy_compile(r"\b(?:total|overall|combined|whole|entire|all)\b", re.IGNORECASE)
# "in the nine months", "over the past six months": a span the dates reader leaves unread
_SPAN_OF_MONTHS = lazy_compile(r"\b(?:in|over|during|for)\s+the\s+(?:first\s+|past\s+|last\s+|same\s+)?(?:[a-z]+\s+)?(?:months?|quarters?|weeks?|period)\b",
                               re.IGNORECASE)


def _without_periods(part: str) -> str:
    """ "went to Russia in the nine months" over "Shipments to Russia jumped 27% over the same
    period to 24.8 million kg": the period is the figure's, told in other words or by the sentence
    before, and whether the whole's overlaps is _periods_apart's to judge; the part is Russia."""
    for t in sorted(find_times(part, None), key=lambda t: -t.start):
        part = part[: t.start] + " " + part[t.end :]
    return _SPAN_OF_MONTHS.sub(" ", part)


_NATIONAL_WHOLE = lazy_compile(r"\b(?:national|nationwide|the country['’]s|the nation['’]s)\s", re.IGNORECASE)


def _bounded_as_part(whole_ev: Evidence, whole: FigureRow, part_words: list[frozenset[str]],
                     whole_words: list[frozenset[str]]) -> bool:
    """ "what percentage of Uganda's coffee exports goes to China?" is not September's "exports to
    China reached 1,860 tonnes" over the nine months' "coffee exports to China rose ... to 11,400
    tonnes": a whole whose own clause names the place that marks the part off holds only the part."""
    # (the home nation whose banks are its local ones marks off no place: _home_nation_local)
    places = [k for k in part_words if any(w in gz.PLACES for w in k) and k not in whole_words and not k & _LOCAL_KEYS]
    clause = phrase_keys(clause_text(whole_ev.sentence.text, whole.start, whole.end))
    return any(k & clause for k in places)


def _periods_apart(part: FigureRow, whole: FigureRow) -> bool:
    """ "exports to China ... in the first nine months of the year ... to 1.62 million tonnes" is no
    part of "exported 3.52 million tonnes ... last year": a whole of a period the part's does not
    overlap holds none of it."""
    if not (part.period_start and part.period_end and whole.period_start and whole.period_end):
        return False
    return part.period_end < whole.period_start or whole.period_end < part.period_start


def _whole_ahead(ask: Ask, part: FigureRow, whole: FigureRow) -> bool:
    """ "Turkey took 9.8 bcm" (last year) is no share of "lift total exports to about 27 bcm by
    2027": a whole of a period after the article's date is a forecast, no whole of a part told done."""
    info = ask.store.article(whole.article_id)
    if not info or not info.date or not whole.period_start:
        return False
    return whole.period_start > info.date and not part.period_start > info.date


_OF_THEM = lazy_compile(r"\s+of\s+(?:them|those|whom|which)\b", re.IGNORECASE)


def _of_them(part_ev: Evidence, part: FigureRow, whole_ev: Evidence, whole: FigureRow) -> bool:
    """ "employs 6,800 people, about 1,900 of them Chinese nationals": a count "of them" counts
    some of what the count before it in the sentence counts, whatever it calls them; "Some 148300
    trucks crossed ... Iranian-registered vehicles accounted for 112400 of them.": a bare number
    "of them" counts some of the count of the sentence just before."""
    if whole.kind != "count" or part.kind not in ("count", "number") or not _OF_THEM.match(part_ev.sentence.text, part.end):
        return False
    if whole_ev is part_ev:
        return part.kind == "count" and whole.end < part.start
    a, b = whole_ev.sentence, part_ev.sentence
    return (part.kind == "number" and a.article_id == b.article_id and a.paragraph == b.paragraph
            and a.index == b.index - 1)


def _bare_of_them(ev: Evidence, f: FigureRow) -> bool:
    """ "accounted for 112400 of them": a number with no unit that counts some of a count before."""
    return f.kind == "number" and bool(_OF_THEM.match(ev.sentence.text, f.end))


_EARLIER_LEVEL = lazy_compile(r"^[^.;]{0,20}\b(?:down|up)\s+from\s+(?:about\s+|around\s+)?$")


def _longer_names_masked(ev: Evidence, part_words: list[frozenset[str]]) -> str:
    """The sentence with the names of firms and bodies that borrow the place asked blanked out:
    "a $1.1 billion loan from China Development Bank" tells nothing that went to China."""
    asked = frozenset().union(*part_words)
    text = ev.sentence.text
    for m, e in ev.mentions:
        words = [t for t in tokenize(text[m.start : m.end]) if is_content(t)]
        shared = [t for t, keys in zip(words, token_keys(words)) if keys & asked]
        if e.kind != "place" and shared and len(shared) < len(words) and all(t.lower in gz.PLACES for t in shared):
            text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    return text


# "per FFE", "a tonne", "per affected farmer", "/kg": the unit an amount is of, its words captured
EACH_AFTER = re.compile(r"\s*(?:(?:per|a|an|each|for each|for every)\s+|/\s*)([a-z]+)(?:[ -]([a-z]+))?", re.IGNORECASE)


def per_head(ask: Ask, money: FigureRow, ev: Evidence) -> Answer | None:
    """The total the article states, divided by the count of those asked about, when it states no
    amount per head: 1.21 trillion baht spent by 26.4 million visitors is about 45,833 baht each."""
    asked = per_head_noun(ask.query.text)
    if not asked or money.kind != "money" or money.unit or "average" in money.measure.lower():
        return None
    if EACH_AFTER.match(ev.sentence.text[money.end:]):
        return None  # "$2,940 per FFE" is already an amount each; dividing it again is nonsense
    noun = phrase_keys(asked)
    near = [ev, *(e for e in ask.pool.evidence[:20] if e is not ev and e.sentence.article_id == ev.sentence.article_id)]
    # "0.92 new Valpadana shares ... for each Credito Tirrenico share" is a ratio, no count of heads
    counts = [(f, e) for e in near for f in e.figures if f.kind == "count" and phrase_keys(f"{f.unit} {f.measure}") & noun and scaled(f) > 1]
    if not counts:
        return None
    # The count told nearest the total is the one it was earned on: "968 ships crossed the
    # waterway" beside the canal's revenue, not "1,870 vessels sailed around the Cape" further on.
    count, count_ev = min(counts, key=lambda c: abs(c[1].sentence.id - ev.sentence.id))
    value = scaled(money) / scaled(count)
    value = float(round(value)) if value >= 100 else value  # "45,833 baht": fractions of a baht are noise
    each = f"${_in_words(value)}" if money.raw.lstrip().startswith(("$", "US$")) else f"{_in_words(value)} {_without_scale(unit_of(money), money.scale)}"
    counted = count.raw if count.raw.endswith(count.unit) else f"{count.raw} {count.unit}"  # "26.4 million tourists"
    text = f"About {each} per {asked}, computed from the article: {money.raw} ÷ {counted} = {each}."
    cites = [citation(ask.store, ev.sentence)] + ([citation(ask.store, count_ev.sentence)] if count_ev is not ev else [])
    return make_answer(ask.question, "derived", text, 0.7, cites)


def _in_words(value: float) -> str:
    """"140 million", as an article writes a sum that large, not "140,000,000"."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{fmt(value / size)} {word}"
    return fmt(value)


# "cut about 1,200 jobs, or roughly 4% of its workforce, mainly in sales": the part, then its
# share of a whole the article does not count.
_OR_SHARE_OF = re.compile(r"(?:\s+[^\W\d][\w-]*){0,3},\s+or\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
                          r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s+of\s+(?:its|the|their|his|her)\s+(?P<whole>[^\W\d][\w\s-]*?)\s*(?=[,.;]|$)",
                          re.IGNORECASE)


def whole_from_share(ask: Ask, part: FigureRow, ev: Evidence) -> Answer | None:
    """ "How many people does Corvana employ?" over "cut about 1,200 jobs, or roughly 4% of its
    workforce": the whole is the part over its share (about 30,000). Only for a level asked, not
    a move ("how many jobs will it cut?" is the part), and only when every word asked names the
    whole; a whole the sentence counts itself ("of its workforce of around 20,000") is stated."""
    if ask.query.direction or part.kind not in AMOUNT_KINDS or not ask.query.required:
        return None
    text = ev.sentence.text
    m = _OR_SHARE_OF.match(text, part.end)
    if m is None or not 0 < float(m["rate"]) < 100:
        return None
    whole = phrase_keys(m["whole"])
    if not all(t.keys & whole for t in ask.query.required):
        return None
    value = scaled(part) / (float(m["rate"]) / 100)
    value = float(round(value)) if value >= 100 else value
    # "about 30,000 (the workforce)": a count of the whole, not of the jobs the part counts
    shown = fmt(value) if part.kind == "count" else amount(part, value / SCALES.get(part.scale, 1.0))
    counted = part.raw if part.kind != "count" or part.raw.endswith(part.unit) else f"{part.raw} {part.unit}"
    out = f"About {shown} (the {m['whole']}), computed from the article: {counted} ÷ {m['rate']}% = {shown}."
    return make_answer(ask.question, "derived", out, 0.7, [citation(ask.store, ev.sentence)])


# "to $612 million, ..., with China buying 64% of the total": a whole, then one party's share of it.
_WITH_SHARE = re.compile(r",?\s+with\s+(?P<who>[^,;%\d]{1,60}?)\s+(?:buying|taking|accounting\s+for|making\s+up|receiving|getting|"
                         r"absorbing|importing|purchasing)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?"
                         r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent)(?!\s+(?:more|less|stake))", re.IGNORECASE)
_ASKS_SHARE = lazy_compile(r"\b(?:share|proportion|percentage|percent|per cent|fraction|portion|what part)\b|%")


def part_from_share(ask: Ask, whole: FigureRow, ev: Evidence) -> Answer | None:
    """ "How much Argentine lithium did China buy?" over "exports ... to $612 million, ..., with
    China buying 64% of the total": the party's part is its share of the whole (about $391.7
    million). Only for an amount asked of a name the share's clause names, and not the whole's."""
    query = ask.query
    if query.direction or whole.kind not in ("money", "quantity") or _ASKS_SHARE.search(query.text.lower()) or not query.entity_keys:
        return None
    text = ev.sentence.text
    later = [f.start for f in ev.figures if f.start >= whole.end and f.kind in AMOUNT_KINDS]
    m = _WITH_SHARE.search(text, whole.end, later[0] if later else len(text))
    if m is None or not 0 < float(m["rate"]) < 100:
        return None
    keys = set(query.entity_keys)
    who = [e for mention, e in ev.mentions if m.start("who") <= mention.start < m.end("who") and named_by(e, keys)]
    owner = [e for mention, e in ev.mentions if mention.start < whole.start and named_by(e, keys)]
    if not who or any(e.id in {w.id for w in who} for e in owner):
        return None
    buyers = _buyers_asked(query)
    if buyers and not any(named_by(e, buyers) for e in who):
        return None  # "How much meat does Mongolia import from China?" is not "with China taking 71%"
    value = whole.value * float(m["rate"]) / 100
    shown = as_precise_as(whole, value)
    out = f"About {shown}, computed from the article: {m['rate']}% of {whole.raw} = {shown}."
    return make_answer(ask.question, "derived", out, 0.7, [citation(ask.store, ev.sentence)])


_BUYING_VERB = lazy_compile(r"\b(?:import(?:s|ed)?|buy(?:s)?|bought|purchase[sd]?|take[s]?|took)\b")


def _buyers_asked(query: Query) -> set[str]:
    """The names the question puts before its buying verb, its buyers: "does Mongolia import
    from China" is bought by Mongolia, and China is where the goods come from."""
    lower = query.text.lower()
    m = _BUYING_VERB.search(lower)
    if m is None:
        return set()
    return {k for k in query.entity_keys if re.search(rf"\b{re.escape(k)}\b", lower[:m.start()])}


# "... to 1.9 million tonnes in the first seven months. Coal made up 62% of that volume.": the
# next sentence's subject, then its share of the whole just told.
_SHARE_NEXT = re.compile(r"^(?P<who>[^,;%\d]{1,60}?)\s+(?:made up|makes up|make up|accounted for|accounts for|account for|represented|represents)\s+"
                         r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|more than\s+)?(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s+"
                         r"of\s+(?:that|this|it|the total|that total|the volume|that volume|that amount|the amount)\b", re.IGNORECASE)


def part_from_next_share(ask: Ask, whole: FigureRow, ev: Evidence) -> Answer | None:
    """ "How many tonnes of coal moved on the corridor?" over "Cargo on the corridor jumped 38% to
    1.9 million tonnes. Coal made up 62% of that volume.": the part is its share of the whole just
    told (about 1.18 million tonnes). Only for an amount asked of words the share's subject names
    and the whole's sentence does not, the whole being its sentence's last amount."""
    query = ask.query
    if query.direction or whole.kind not in AMOUNT_KINDS or _ASKS_SHARE.search(query.text.lower()):
        return None
    if any(f.start > whole.end and f.kind in AMOUNT_KINDS for f in ev.figures):
        return None  # "that volume" is the last amount told, which must be this one
    sentence = ev.sentence
    nxt = next((s for s in ask.store.paragraph_sentences(sentence.article_id, sentence.paragraph) if s.index == sentence.index + 1), None)
    m = _SHARE_NEXT.match(nxt.text) if nxt is not None else None
    if nxt is None or m is None or not 0 < float(m["rate"]) < 100:
        return None
    who, told = phrase_keys(m["who"]), phrase_keys(sentence.text)
    words = [t for t in query.required if not t.soft]
    if not any(t.keys & who and not t.keys & told for t in words) or not all(t.keys & (who | told) for t in words):
        return None
    shown = as_precise_as(whole, whole.value * float(m["rate"]) / 100)
    out = f"About {shown}, computed from the article: {m['rate']}% of {whole.raw} = {shown}."
    return make_answer(ask.question, "derived", out, 0.7, [citation(ask.store, sentence), citation(ask.store, nxt)])


# "carrying 4,300 tonnes of cargo, of which coffee made up about 62%": a share of the amount just
# told, the part named after "of which".
_OF_WHICH_SHARE = re.compile(r"[^,;.%\d]{0,60}?,?\s+of\s+which\s+(?P<who>[^,;%\d]{1,60}?)\s+(?:made up|makes up|make up|accounted for|accounts for|"
                             r"account for|represented|represents|was|were|is|are)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?"
                             r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent)(?!\s+(?:more|less|higher|lower|stake))", re.IGNORECASE)


def part_from_which_share(ask: Ask, whole: FigureRow, ev: Evidence) -> Answer | None:
    """ "How many tonnes of coffee went on the flights?" over "carrying 4,300 tonnes of cargo, of
    which coffee made up about 62%": the part is its share of the amount the clause just told
    (about 2,666 tonnes). Only for an amount asked of words the share's subject names and the
    words before it do not, every word asked named by one or the other."""
    query = ask.query
    if query.direction or whole.kind not in AMOUNT_KINDS or _ASKS_SHARE.search(query.text.lower()):
        return None
    text = ev.sentence.text
    m = _OF_WHICH_SHARE.match(text, whole.end)
    if m is None or not 0 < float(m["rate"]) < 100:
        return None
    who, told = phrase_keys(m["who"]), phrase_keys(text[: m.start("who")])
    words = [t for t in query.required if not t.soft]
    if not any(t.keys & who and not t.keys & told for t in words) or not all(t.keys & (who | told) for t in words):
        return None
    shown = as_precise_as(whole, whole.value * float(m["rate"]) / 100)
    out = f"About {shown}, computed from the article: {m['rate']}% of {whole.raw} = {shown}."
    return make_answer(ask.question, "derived", out, 0.7, [citation(ask.store, ev.sentence)])


# "... to $264 million in January-September. Russia took 61% of those shipments": a name taking
# a share of the whole the sentence before told.
_TOOK_SHARE = re.compile(r"^(?P<who>[^,;%\d]{1,60}?)\s+(?:took|takes|bought|buys|received|receives|absorbed|absorbs|accounted for|accounts for)\s+"
                         r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|more than\s+)?(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s+"
                         r"of\s+(?:that|those|these|this|the total|that total|them|it|the\s+(?P<told>[a-z]+))\b", re.IGNORECASE)


def part_from_share_before(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "How much did park firms sell to Russia?" over "Exports by park residents jumped 38.5% ...
    to $264 million in January-September. Russia took 61% of those shipments": the share sentence,
    found for the name asked, holds no amount; the name's part is its share of the sentence
    before's last amount (about $161 million). Only for an amount asked of a name the share's
    subject names and the whole's sentence does not, that sentence sharing a word asked."""
    query = ask.query
    if query.direction or not query.entity_keys or _ASKS_SHARE.search(query.text.lower()):
        return None
    keys = set(query.entity_keys)
    for ev in evidence:
        m = _TOOK_SHARE.match(ev.sentence.text)
        if m is None or not 0 < float(m["rate"]) < 100:
            continue
        if not any(m.start("who") <= mention.start < m.end("who") and named_by(e, keys) for mention, e in ev.mentions):
            continue
        answer = _share_of_told(ask, ev, m)
        if answer:
            return answer
    return None


def sentence_before(ask: Ask, sentence: SentenceRow) -> SentenceRow | None:
    """The sentence just before: a paragraph's first follows the last of the paragraph before it
    ("Tanzania exported 312,000 tonnes ..." / "Vietnam bought 58% of the shipments"), never the headline."""
    if sentence.index > 0:
        return next((s for s in ask.store.paragraph_sentences(sentence.article_id, sentence.paragraph) if s.index == sentence.index - 1), None)
    if sentence.paragraph < 2:
        return None
    before = ask.store.paragraph_sentences(sentence.article_id, sentence.paragraph - 1)
    return max(before, key=lambda s: s.index) if before else None


def _share_of_told(ask: Ask, ev: Evidence, m: re.Match[str]) -> Answer | None:
    sentence = ev.sentence
    prev = sentence_before(ask, sentence)
    if prev is None or (m["told"] and not phrase_keys(m["told"]) & phrase_keys(prev.text)):
        return None  # "58% of the shipments": the amount before must be told of shipments or exports
    amounts = [f for f in ask.store.figures_in([prev.id]) if f.kind in ("money", "quantity")]
    if not amounts:
        return None
    whole = max(amounts, key=lambda f: f.start)  # "those shipments" are the last amount told
    mentions = ask.store.mentions_in([prev.id])
    named = ask.store.entities_by_id({m.entity_id for m in mentions})
    if any(m.start < whole.end and named_by(named[m.entity_id], set(ask.query.entity_keys)) for m in mentions if m.entity_id in named):
        # the whole's sentence names the party itself: its amount may be the part; named only
        # after it ("312,000 tonnes ..., as a bumper harvest drove shipments to Vietnam") it is not
        return None
    if (ask.query.currency or ask.query.wants == "money") and whole.kind != "money":
        return None
    if ask.query.count_keys and not ask.query.count_keys & phrase_keys(f"{whole.unit} {whole.measure}"):
        return None  # "how many tonnes did Vietnam take": a whole counted in tonnes
    told = phrase_keys(prev.text)
    if not any(t.keys & told for t in ask.query.required if not t.soft):
        return None
    shown = as_precise_as(whole, whole.value * float(m["rate"]) / 100)
    out = f"About {shown}, computed from the article: {m['rate']}% of {whole.raw} = {shown}."
    return make_answer(ask.question, "derived", out, 0.7, [citation(ask.store, prev), citation(ask.store, sentence)])


# "About 85% of the cost was covered by a 20-year loan from ...", "The Exim Bank loan ... covers
# 85% of the cost": what pays a share of a cost the article told before it.
_COST_SHARE = lazy_compile(
    r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s+of\s+the\s+(?:project(?:'s)?\s+|total\s+)?(?:cost|price tag|bill)\s+"
    r"(?:was|is|will be|would be|has been)\s+(?:covered|financed|funded|met|paid)\s+(?:by|with|through|from)\s+(?P<by>[^,;.]+)"
    r"|(?P<who>[^,;.%\d]{3,80}?)(?:,[^,;.%\d]{1,80},)?\s+(?:covers|covered|will cover|would cover|finances|financed|will finance|funds|funded|will fund)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?P<rate2>\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s+of\s+the\s+(?:project(?:'s)?\s+|total\s+)?(?:cost|price tag|bill)\b",
    re.IGNORECASE)
# Its second branch tries a lazy run of up to 80 characters at every position: 0.7 ms a sentence,
# 0.28 s over the seed sets. Both branches need "cost", "price tag" or "bill", which most
# sentences lack, so a substring test skips the search there.
_COST_SHARE_GUARDED = Guarded(_COST_SHARE, ("cost", "price tag", "bill"), fold=True)


def part_of_cost(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "How big is the Exim loan in dollars?" over "a $142 million upgrade ..." then "The Exim Bank
    loan ... covers 85% of the cost": the payer's part is its share of the cost told before (about
    $120.7 million). Only for a payer named by a word asked, the cost in the currency asked."""
    query = ask.query
    if query.direction or _ASKS_SHARE.search(query.text.lower()) or not (query.currency or query.wants == "money"):
        return None  # "the interest rate on the loan", "how many containers": no part of a cost
    words = [t for t in query.required if not t.soft]
    for ev in evidence:
        m = _COST_SHARE_GUARDED.search(ev.sentence.text)
        if m is None:
            continue
        rate = float(m["rate"] or m["rate2"])
        payer = phrase_keys(m["by"] or m["who"])
        if not 0 < rate < 100 or not any(t.keys & payer for t in words):
            continue
        whole = _cost_before(ask, ev.sentence, m.start())
        if whole is None:
            continue
        shown = as_precise_as(whole, whole.value * rate / 100)
        out = f"About {shown}, computed from the article: {fmt(rate, 1)}% of {whole.raw} = {shown}."
        cited = [ev.sentence] if whole.sentence_id == ev.sentence.id else [*ask.store.sentences([whole.sentence_id]).values(), ev.sentence]
        return make_answer(ask.question, "derived", out, 0.7, [citation(ask.store, s) for s in cited])
    return None


def _cost_before(ask: Ask, sentence: SentenceRow, before: int) -> FigureRow | None:
    """The nearest total told before a share of "the cost", within two paragraphs, in the currency
    asked ("750 billion forints ($2.1 billion)" gives forints or dollars), never a price of a unit."""
    wanted = ask.query.currency
    told = [f for f in ask.store.article_figures(sentence.article_id)
            if f.kind == "money" and not f.unit and f.paragraph >= max(1, sentence.paragraph - 2)
            and (f.sentence_id < sentence.id or (f.sentence_id == sentence.id and f.end <= before))]
    for f in sorted(told, key=lambda f: (f.sentence_id, f.start), reverse=True):
        if not wanted or f.currency == wanted:
            return f
        if f.alt_value and f.alt_currency == wanted:
            return replace(f, value=f.alt_value, scale=f.alt_scale or f.scale, currency=f.alt_currency, raw=f.alt_raw)
    return None


# "What does the deal value the whole mine at?", "the implied value of the entire company": the
# worth of all of a thing, where a deal priced only a stake in it.
_WHOLE_VALUED = lazy_compile(r"\b(?:whole|entire|all of|100%)\b(?=.*\b(?:valu\w*|worth)\b)|\b(?:valu\w*|worth)\b.*\b(?:whole|entire|all of|100%)\b",
                             re.IGNORECASE)
# "agreed to buy a 51% stake in the Chisenga copper mine for $1.1 billion": a stake's price.
_STAKE_PRICED = re.compile(r"\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|take|takes|took|taking|purchase[sd]?|purchasing|sell|sells|sold|selling)"
                           r"\s+(?:a|an|its|the|their|his|her)?\s*(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent)\s*(?:stake|interest|holding)?\s+(?:in|of)\s+"
                           r"(?P<thing>[^,;%]{1,80}?)\s+for\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.IGNORECASE)


def whole_from_stake(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "What does the deal value the whole mine at?" over "agreed to buy a 51% stake in the
    Chisenga copper mine for $1.1 billion": the whole is the price over the stake's share (about
    $2.16 billion). Only when a word asked names the thing the stake is in."""
    if not _WHOLE_VALUED.search(ask.query.text):
        return None
    words = [t for t in ask.query.required if not t.soft and not t.keys & {"deal", "value", "worth", "imply"}]
    for ev in evidence:
        text = ev.sentence.text
        for price in (f for f in ev.figures if f.kind == "money"):
            m = _STAKE_PRICED.search(text[max(0, price.start - 160) : price.start])
            if m is None or not 0 < float(m["rate"]) < 100:
                continue
            if not words or not any(t.keys & phrase_keys(m["thing"]) for t in words):
                continue
            value = price.value / (float(m["rate"]) / 100)
            shown = as_precise_as(price, value)
            out = (f"About {shown} for the whole, computed from the article: {price.raw} ÷ {m['rate']}% = "
                   f"{amount(price, value)}.")
            return make_answer(ask.question, "derived", out, 0.7, [citation(ask.store, ev.sentence)])
    return None


def _without_scale(unit: str, scale: str) -> str:
    return re.sub(rf"^{re.escape(scale)}\s*", "", unit).strip() if scale else unit


def content_keys(text: str) -> list[frozenset[str]]:
    """The meaning keys of each content word of a phrase ("from Codelco": [{"codelco"}])."""
    tokens = tokenize(text)
    return [k for t, k in zip(tokens, token_keys(tokens)) if is_content(t) and t.lemma not in GENERIC and t.lower.isalpha()]


# "sold 7.9 billion gloves ..., up from 5.6 billion pieces": a count in pieces counts what its partner counts.
_ANY_PIECES = frozenset({"pieces", "piece", "pcs"})


def comparable(a: FigureRow, b: FigureRow) -> bool:
    if a.kind != b.kind or not same_currency(a.currency, b.currency):
        return False
    ua, ub = base_unit(a), base_unit(b)
    # "1,800 jobs" of "a workforce of 31,500": counts of the same kind of thing, in other words;
    # "1.52 million barrels per day" and "1.61 million bpd": one unit, written out and abbreviated.
    return ua == ub or (bool(ua) and bool(ub) and (
        (a.kind == "count" and (bool(phrase_keys(ua) & phrase_keys(ub)) or ua.lower() in _ANY_PIECES or ub.lower() in _ANY_PIECES))
        or bool((phrase_keys(a.unit) & phrase_keys(b.unit)) - _UNIT_FILLER)))


# Names several countries' currencies share, and the codes of those currencies: "2.31 billion Swiss
# francs ... from 1.96 billion francs" names one currency twice.
_FAMILIES = {"FRANC": {"CHF"}, "CROWN": {"NOK", "SEK", "DKK", "CZK", "KRONE"}, "KRONE": {"NOK", "DKK", "CROWN"},
             "PESO": {"MXN", "PHP", "CLP", "ARS", "COP"}, "SHILLING": {"KES", "UGX", "TZS"},
             # a bare "rupees" reads as INR; after "Nepali rupees" it is the same Nepali rupee
             "INR": {"PKR", "NPR", "LKR", "MUR"}}


def same_currency(a: str, b: str) -> bool:
    return a == b or b in _FAMILIES.get(a, ()) or a in _FAMILIES.get(b, ()) or _one_of_family(a, b) or _one_of_family(b, a)


def _one_of_family(shared: str, local: str) -> bool:
    """ "francs" and "Rwandan francs": a name several countries share and one country's money of
    that name. Never the US dollar: "Solomon Islands dollars" are no dollars of it."""
    *owner, word = local.split(" ")
    return shared in _FAMILIES and bool(owner) and currency_of_word(word) == shared


# Words units share without being the same unit: "tonnes a day", "barrels a day".
_UNIT_FILLER = frozenset("a an per day daily week month year annual annually".split())


# Units that carry their scale: "25.2 billion cubic metres (bcm)", then "Turkey took 9.8 bcm".
_SCALED_UNITS = {"bcm": (1e9, "cubic"), "mcm": (1e6, "cubic"), "tcm": (1e12, "cubic")}


def base_unit(f: FigureRow) -> str:
    """ "tonnes a year" and "tonnes" compare; so do "60-kg bags" and "bags"."""
    word = next((w for w in (f.unit or "").split(" ") if not any(c.isdigit() for c in w)), "")
    return _SCALED_UNITS[word.lower()][1] if word.lower() in _SCALED_UNITS else word


def scaled(f: FigureRow) -> float:
    """The figure's value in units: 1.12 billion is 1.12e9; 9.8 bcm is 9.8e9 cubic metres."""
    own = _SCALED_UNITS.get((f.unit or "").split(" ")[0].lower(), (1.0, ""))[0] if not f.scale else 1.0
    return f.value * SCALES.get(f.scale, 1.0) * own
