"""ParsedArticle -> the facts the store keeps: per-sentence times and figures, article entities."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from knowledge.dates import find_times
from knowledge.entities import find_entities
from knowledge.lazy_re import lazy_compile
from knowledge.models import Entity, Figure, ParsedArticle, TimeExpr
from knowledge.numbers import find_figures, part_of_before

# Time words governed by these are when something was reported, not when it happened.
_REPORTING = ("said", "says", "reported", "declared", "announced", "told", "according")
# A reporting verb right before the time: "reported last week", "said on Monday".
_REPORTED_JUST_BEFORE = re.compile(rf"\b(?:{'|'.join(w for w in _REPORTING if w != 'according')}|reports|announces)\s+$", re.IGNORECASE)
# "according to customs data published last week": when the data came out, not the period it covers.
_DATA_OUT_JUST_BEFORE = re.compile(r"\b(?:data|figures|statistics|numbers|report|survey|estimates?|results)\s+(?:published|released|issued|put out)\s+$",
                                   re.IGNORECASE)
_SPAN_EDGE = re.compile(r"(?:at|by|until|to) the (?:end|start|beginning|close) of\b", re.IGNORECASE)


@dataclass(slots=True)
class SentenceFacts:
    paragraph: int
    index: int
    start: int  # offsets within the paragraph
    end: int
    text: str
    times: list[TimeExpr] = field(default_factory=list)
    figures: list[tuple[Figure, TimeExpr | None]] = field(default_factory=list)


@dataclass(slots=True)
class ExtractedArticle:
    parsed: ParsedArticle
    sentences: list[SentenceFacts]
    entities: list[Entity]


def extract(parsed: ParsedArticle) -> ExtractedArticle:
    sentences: list[SentenceFacts] = []
    stated: dict[str, TimeExpr] = {}  # the latest period stated, of any length and by unit, for "the same period of 2024"
    this_year = parsed.date.year if parsed.date else None
    for paragraph in parsed.paragraphs:
        before: list[Figure] = []  # the figures of the paragraph's sentence before
        stated.pop("told_before", None)  # the period the paragraph's sentence before told (see _same_period_bare)
        for s in paragraph.sentences:
            found = find_times(s.text, parsed.date)
            times = [_same_period(s.text, t, stated, this_year) for t in found]
            times += _same_period_bare(s.text, times, stated)
            for t, was in zip(times, found):
                if t is was and _part_of_a_year(t) and not _is_reporting_time(s.text, t):
                    stated["period"] = stated[_unit_of(t)] = t
            figures = find_figures(s.text, [(t.start, t.end) for t in times])
            if before:
                part_of_before(figures, before)
            before = figures
            facts = SentenceFacts(paragraph.number, s.index, s.start, s.end, s.text, times)
            facts.figures = [(f, figure_period(s.text, f, times, figures)) for f in figures]
            if (told := _period_told(s.text, times, found, facts.figures)) is not None:
                stated["figured"] = told
                stated["told_before"] = told
            else:
                stated.pop("told_before", None)
            sentences.append(facts)
    entities = find_entities([(s.paragraph, s.index, s.text) for s in sentences])
    return ExtractedArticle(parsed=parsed, sentences=sentences, entities=entities)


# "In the same period of 2024", "in the same period last year", "the same quarter a year earlier":
# the period just stated, in that other year.
_SAME_BEFORE = re.compile(r"\bsame\s+(?:period|quarter|half|months|stretch|time|months of the year)\s+(?:of|in)\s+$", re.IGNORECASE)
_SAME_RELATIVE = re.compile(r"\bsame\s+(?:period|quarter|half|months|stretch|time)\s+(?:last year|(?:a|one) year (?:earlier|ago|before)|(?:of\s+)?the previous year)\b",
                            re.IGNORECASE)


_OPENS_YEAR_BEFORE = re.compile(r"(?:a|one) year (?:earlier|before)$", re.IGNORECASE)


# "export revenue jumped 27% to 14.6 trillion kip in the same period": no year named, so the
# period just stated, in its own year.
_SAME_BARE = re.compile(r"\b(?:in|over|during|for)\s+the\s+same\s+(?:period|months|stretch)\b(?!\s+(?:of|in|last|a\s+year|one\s+year|the\s+previous))",
                        re.IGNORECASE)
# "Coal export earnings in the period rose 9.8%" right after "exported 59.2 million tonnes of coal
# in January-August": a bare "the period" is the one the sentence before told its figures for.
_PERIOD_BARE = re.compile(r"\b(?:in|over|during)\s+(?:the|that)\s+period\b(?!\s+(?:of|in|to|from|between|since|through|until|end|ended|ending)\b)",
                          re.IGNORECASE)


def _same_period_bare(text: str, times: list[TimeExpr], stated: dict[str, TimeExpr]) -> list[TimeExpr]:
    """The bare same period as the span the last figures were told for, unless the sentence dates
    itself before it or tells its own day of telling ("rose 4.1% in the same period, its operator
    reported on Monday": a rival's report, which a when asked of the story's figures must not
    read as theirs); a period named after it ("its first profit in the July-September quarter")
    is another clause's."""
    last = stated.get("figured")
    m = _SAME_BARE.search(text)
    if m is None and "period" in text and (told := stated.get("told_before")) is not None:
        m, last = _PERIOD_BARE.search(text), told
    if m is None or last is None or any(t.start_date and (t.end < m.start() or _is_reporting_time(text, t)) for t in times):
        return []
    return [TimeExpr(m.group(0), m.start(), m.end(), "range", last.start_date, last.end_date, last.label, anchor="in")]


def _period_told(text: str, times: list[TimeExpr], found: list[TimeExpr], figures: list[tuple[Figure, TimeExpr | None]]) -> TimeExpr | None:
    """The period a sentence's figures were told for, for a later "over the same period": of the
    times stated in it, the one most of its figures belong to, the latest on a tie. "due to heavy
    rains in May" belongs to no figure; "rose 11.7% to 2.41 million tonnes in the January-September
    period, largely because the 2.1 million-tonne-a-year mill reached full capacity earlier this
    year" is told for January-September, not for the capacity's year."""
    if not figures:
        return None
    told, most = None, 0
    for t, was in zip(times, found):
        if t is was and _part_of_a_year(t) and not _is_reporting_time(text, t):
            n = sum(1 for _, p in figures if p is t)
            if n >= most:
                told, most = t, n
    return told


def _part_of_a_year(t: TimeExpr) -> bool:
    return bool(t.start_date and t.end_date and t.start_date.year == t.end_date.year
                and 28 <= (t.end_date - t.start_date).days < 300)


def _unit_of(t: TimeExpr) -> str:
    assert t.start_date and t.end_date
    days = (t.end_date - t.start_date).days + 1
    return "quarter" if 80 <= days <= 95 else "half" if 175 <= days <= 190 else "month" if days <= 31 else "other"


def _same_period(text: str, t: TimeExpr, stated: dict[str, TimeExpr], this_year: int | None) -> TimeExpr:
    if t.kind == "year" and t.start_date and (m := _SAME_BEFORE.search(text[max(0, t.start - 40) : t.start])):
        year, unit = t.start_date.year, m.group(0).lower()
        start = max(0, text.rfind("same", 0, t.start) - 4)
        start = text.rfind(" ", 0, start) + 1 if start else 0
    elif t.kind == "relative" and this_year and (m := _SAME_RELATIVE.search(t.text)):
        year, unit, start = this_year - 1, m.group(0).lower(), t.start  # "last year": the article's year before
    elif t.start == 0 and t.kind == "relative" and (told := stated.get("told_before")) is not None and told.start_date \
            and _OPENS_YEAR_BEFORE.match(t.text):
        # "ran at 548,000 bpd in the third quarter. A year earlier throughput averaged only 472,000
        # bpd": a sentence opening on "a year earlier" is of the period the one before told, a year back
        year, unit, start = told.start_date.year - 1, "period", t.start
        stated = {"period": told}
    else:
        return t
    # "the same quarter": the latest quarter stated, not a month or half stated since.
    last = stated.get("quarter" if "quarter" in unit else "half" if "half" in unit else "period")
    if last is None or last.start_date is None or last.end_date is None:
        return t
    try:
        first, end = last.start_date.replace(year=year), last.end_date.replace(year=year)
    except ValueError:  # February 29
        return t
    return TimeExpr(text[start : t.end], start, t.end, "range", first, end, f"{last.label.rsplit(' ', 1)[0]} {year}".strip(),
                    anchor=t.anchor)


def figure_period(text: str, figure: Figure, times: list[TimeExpr], others: Sequence[Figure] = ()) -> TimeExpr | None:
    """The time expression a figure belongs to: the nearest one in its sentence that is not
    only the date something was reported, nor another figure's across a clause break."""
    # When it was said is never the period of what was said ("will invest 38 billion pesos, the
    # carmaker said on Monday").
    candidates = [t for t in times if (t.start_date is not None or t.kind == "relative") and not _is_reporting_time(text, t)
                  and not _anothers_time(text, figure, t, others) and not in_relative_aside(text, t.start, figure.start)
                  and not _names_anothers_year(text, figure, t)]
    if not candidates or _NOW_AFTER.match(text, figure.end):
        # "aimed to send 20% ... by 2027, compared with less than 5% now": the figure told as of
        # now takes no other time of its sentence.
        return None

    def cost(t: TimeExpr) -> tuple[int, int, int]:
        gap = t.start - figure.end if t.start >= figure.end else figure.start - t.end
        # "the highest since February 2022" compares; it is not the figure's period.
        # "up 27.4% from the same period last year": a time after "from" is the base a change is
        # set against, the figure's own only when no other is near
        secondary = t.kind == "relative" or t.anchor in ("since", "until", "before", "after", "from")
        # "300 cars in 2024 and 500 cars in 2025": the year across "and" is the other figure's.
        between = text[t.end : figure.start] if t.start < figure.start else text[figure.end : t.start]
        broken = bool(_CLAUSE_BREAK.search(between)) and not (t.start >= figure.end and _COUNTS_LISTED.fullmatch(between))
        return (1 if secondary else 0, 1 if broken else 0, abs(gap))

    best = min(candidates, key=cost)
    # "wider than the 156.1 million ringgit loss it posted a year earlier": the figure's own
    # clause says it is of a year before, whatever period the sentence is about.
    if any(t.kind == "relative" and t.start >= figure.end and not _CLAUSE_BREAK.search(text, figure.end, t.start)
           and _YEAR_BEFORE.match(t.text) for t in candidates):
        return None
    return None if best.kind == "relative" else best


def _names_anothers_year(text: str, figure: Figure, t: TimeExpr) -> bool:
    """ "fell 9.4% to 13.26 billion manats, ..., because prices stayed below their 2022 peaks": a
    year set before a noun of its own, past a clause break after the figure, dates that noun."""
    return (t.kind == "year" and t.start >= figure.end and bool(_CLAUSE_BREAK.search(text, figure.end, t.start))
            and year_of_its_noun(text, t.start, t.end) is not None)


def year_of_its_noun(text: str, start: int, end: int) -> int | None:
    """Where "their" of "below their 2022 peaks" starts, when the year at start..end stands between
    a determiner and a noun of its own (so it dates that noun); None otherwise. Evidence reads the
    same shape as a level set against."""
    m = _OWN_YEAR_BEFORE.search(text, max(0, start - 12), start)
    return m.start() if m is not None and _NOUN_AFTER.match(text, end) else None


_OWN_YEAR_BEFORE = re.compile(r"\b(?:their|its|his|her|our|the)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b")
_YEAR_BEFORE = re.compile(r"(?:a|one|the) year (?:earlier|ago|before)$|(?:a|one) year-earlier$", re.IGNORECASE)
_RIGHT_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?")  # "24.6 million in 2024", "300 cars in 2024"
_NOW_AFTER = re.compile(r"\s+(?:now|currently|at present|today)\b")
_CLAUSE_BREAK = re.compile(r",|;|\band\b|\bwhile\b|\bwhereas\b|\bbut\b")
# "64 tanks and 48 howitzers in 2027": a time after a list of things counted dates all of them.
_COUNTS_LISTED = re.compile(r"\s*(?:[A-Za-z-]+\s+){1,3}and\s+[\d.,]+\s+(?:[A-Za-z-]+\s+){1,3}(?:(?:in|by|during)\s+)?")
SAME_FACT = lazy_compile(r"^[^,;]*,\s*(?:up|down|or|about|roughly|nearly|almost|a rise of|a fall of|an increase of|"
                        r"a decrease of|a drop of|a gain of|a jump of)\s*(?:by\s*)?$")


# "Sales slipped 2% due to generics for a drug whose patent expired last year": a time inside a
# relative clause that holds no figure dates that clause's event, not the sentence's figures.
# "a 15% tariff that took effect in September hit shipments": "that" and a verb of its own.
# "led by its handbags and the Vaugirard tote launched in March": a participle after its noun is
# such a clause too ("was launched in March" is no aside, nor "parliament approved a 2026 budget"),
# and so is one set off by commas: "the Nova small hatchback, launched in March, added 18,410".
RELATIVE_TIME = re.compile(r"\b(?:whose|which|who|that\s+(?:took|takes|came|comes|was|were|went|began|begins|started|kicked)"
                           r"|(?:(?<=[a-z] )|(?<=[a-z], ))(?<!\bwas )(?<!\bwere )(?<!\bhas )(?<!\bhad )(?<!\bhave )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )"
                           r"(?:launched|introduced|unveiled|rolled out|opened|acquired|bought|signed|announced|approved|completed)"
                           r"(?=\s+$)"  # right before the time ("launched in March"), the search ending there
                           # "duties imposed by China's commerce ministry on European brandy in July": a
                           # decision's participle right after its noun (or its size), with its agent, up to the time
                           r"|(?<=[a-z%] )(?<!\bwas )(?<!\bwere )(?<!\bhas )(?<!\bhad )(?<!\bhave )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )"
                           r"(?:imposed|introduced|announced|approved|adopted|ordered)(?=\s+by\b))\b"
                           r"[^,;:()\d%$€£¥]*$", re.IGNORECASE)


def in_relative_aside(text: str, time_start: int, figure_start: int = -1) -> bool:
    """Whether the time at time_start sits in a figure-free relative clause that does not hold
    the figure at figure_start (-1: no figure in particular)."""
    m = RELATIVE_TIME.search(text, max(0, time_start - 80), time_start)
    return m is not None and not m.start() <= figure_start < time_start


def _anothers_time(text: str, figure: Figure, t: TimeExpr, others: Sequence[Figure]) -> bool:
    """ "Full-time jobs climbed by 24,700 and part-time positions by 7,500, recovering part of a
    57,500 drop in February": February is the drop's, the figure between it and the others; "rose
    5% to $30 billion in March" keeps March for both, no break between them."""
    lo, hi = (figure.end, t.start) if t.start >= figure.end else (t.end, figure.start)
    between = [g for g in others if g is not figure and lo <= g.start and g.end <= hi]
    # "up from 24.6 million in 2024, and EBITDA of 410 million": the year written right after
    # another figure, across a clause break, is that figure's.
    owner = next((g for g in others if g is not figure and g.end <= t.start and _RIGHT_AFTER.fullmatch(text, g.end, t.start)), None)
    if owner is not None and owner.end <= figure.start:
        gap = text[t.end : figure.start]
        return bool(_CLAUSE_BREAK.search(gap)) and not SAME_FACT.search(text[owner.end : figure.start])
    # "headcount fell by 1,845 to 231,460, ..., while attrition over the last twelve months rose
    # to 13.6%": past a clause break, a time that leads the next figure's clause is its.
    if t.start >= figure.end and _CLAUSE_BREAK.search(text, figure.end, t.start) and any(
            g is not figure and g.start >= t.end and not _CLAUSE_BREAK.search(text, t.end, g.start) for g in others):
        return True
    if not between:
        return False
    # The figure nearest the time owns it, when a clause break stands between it and this one:
    # "jumping 118.5% to $3.74 billion, as ... delivered 14 vessels, including 11 carriers
    # ordered in 2022": 2022 is the carriers', across the breaks after $3.74 billion.
    nearest = max(between, key=lambda g: g.start) if t.start >= figure.end else min(between, key=lambda g: g.end)
    gap = text[figure.end : nearest.start] if t.start >= figure.end else text[nearest.end : figure.start]
    if t.start >= figure.end and _COUNTS_LISTED.fullmatch(text, figure.end, t.start):
        return False  # "64 tanks and 48 howitzers in 2027": 2027 is the tanks' too
    # "2.61 million tonnes of copper, down 1.1%": the change is the same fact's, not a new clause.
    return bool(_CLAUSE_BREAK.search(gap)) and not SAME_FACT.search(gap)


def _is_reporting_time(text: str, t: TimeExpr) -> bool:
    if _SPAN_EDGE.match(t.text):
        return False  # "21 at the end of June, according to shipping data": a level's date, not when it was said
    if _REPORTED_JUST_BEFORE.search(text, max(0, t.start - 20), t.start):
        return True  # "SkyLaju reported last week a net loss of ...": when it was reported
    if _DATA_OUT_JUST_BEFORE.search(text, max(0, t.start - 40), t.start):
        return True
    window = text[max(0, t.start - 30) : t.end + 30].lower()
    return any(word in window for word in _REPORTING) and t.anchor not in ("in", "from", "since", "")
