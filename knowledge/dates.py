"""Find time expressions in a sentence and resolve them against the article's date.

Hand-written regular expressions rather than a date library: we need the article's exact words
(with the governing preposition) and offsets for quoting, the resolution rules are ours (a bare
month is the latest such month not after the article), and this runs on every user question, so
it must be cheap and must never raise.

Each rule is one precompiled pattern plus a small resolver. All rules run over the text; the
candidates are then reduced to a non-overlapping set, preferring the earliest start and then the
longest match (so "In January to September" beats "In January", "9 December 2023" beats "2023").
"""

from __future__ import annotations

import dataclasses

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from knowledge.lazy_re import LazyPattern, lazy_compile
from knowledge.models import TimeExpr

__all__ = ["MONTHS", "find_times", "month_span"]

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(_MONTH_NAMES, 1)}
MONTHS.update({name[:3].lower(): i for i, name in enumerate(_MONTH_NAMES, 1)})
MONTHS["sept"] = 9

_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4
}  # fmt: skip

_DASH = "\u2013"  # labels use an en dash with spaces for ranges


def month_span(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    first = date(year, month, 1)
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first, nxt - timedelta(days=1)


# ---------------------------------------------------------------------------------------------
# Pattern pieces. [0-9] rather than \d: \d also matches other scripts' digits, which we don't
# want to read as years. \s stays Unicode so non-breaking spaces (common in news) still count.

_FULL_NAMES = frozenset(name.lower() for name in _MONTH_NAMES)
# Factored so each position costs one first-letter test per month rather than two alternatives.
_MONTH_TRIE = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)


def _mon(name: str) -> str:
    # the dot is taken only before a day, year or dash, so a sentence-final "Dec." keeps its
    # full stop out of the quote
    return rf"(?P<{name}>\b(?:{_MONTH_TRIE})\b(?:\.(?=\s*[0-9]|[-\u2013]))?)"


# Governing words, looked up just before a match rather than inside every pattern: an optional
# leading alternation would be retried at every position and made each rule several times slower.
_PREPS = frozenset(
    "in on from since until till by before after during throughout through between for over"
    " within at".split()
)
# "starting June", "beginning January 1", "effective March": the period's start, as "from June"
_FROM_WORDS = frozenset("starting beginning effective".split())
_THE = r"(?P<the>\bthe\s+)?"
_MOD = (
    r"(?:\b(?P<mod>early|mid|late|end(?=-)"
    r"|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[\s-]+)?"
)
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|2100)(?![0-9])"
_NUM = r"(?:[0-9]{1,2}|" + "|".join(_NUMBERS) + r")"
_WEEKDAY = "|".join(_WEEKDAYS)
# A four-digit number followed by one of these is an amount, not a year ("2022 tonnes").
_UNITS = (
    r"tonnes?|tons?|metric|kg|kilo(?:gram)?s?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|barrels?"
    r"|bpd|people|persons?|workers?|employees?|jobs|units?|containers?|vehicles?|cars?|trucks?"
    r"|companies|firms?|enterprises?|households?|homes?|shares?|points?|pts|[mgk]w|yuan|dollars?"
    r"|euros?|r(?:o)?ubles?|pounds?|yen|rupees?|won|million|billion|thousand|trillion|mln|bln|bn"
    r"|times|votes?|seats?|troops|soldiers|deaths|cases|items|pieces|hectares?|acres?|square"
    r"|cubic|flights|passengers|trains|ships|hours|minutes|days|pages|words"
)
_NOT_AMOUNT = rf"(?![0-9]|[.,][0-9]|\s*(?:%|per\s?cent\b|percent\b|pct\b)|\s+(?:{_UNITS})\b)"
_NOT_AFTER_NUMBER = r"(?<![0-9$\u20ac\u00a3\u00a5\u20bd#.,/])(?<![$\u20ac\u00a3\u00a5\u20bd]\s)"
_YEARSPEC = (
    r"(?:\s*,?\s*(?:of\s+|in\s+)?(?:(?P<y>" + _YEAR + r")\b|(?P<yrel>this|last|next|the\s+current"
    r"|the\s+previous|the)\s+year\b))?"
)

_FLAGS = re.IGNORECASE


# ---------------------------------------------------------------------------------------------
# Resolution helpers.

_Span = tuple[date | None, date | None]


@dataclass(slots=True, frozen=True)
class _Res:
    kind: str
    start: date | None
    end: date | None


def _month_no(token: str | None) -> int | None:
    # casefold: re.IGNORECASE lets odd letters (the long s, the Kelvin sign) match ASCII ones
    return MONTHS.get(token.casefold().rstrip(".")) if token else None


def _num(token: str | None) -> int | None:
    if not token:
        return None
    t = token.casefold()
    return int(t) if t.isascii() and t.isdigit() else _NUMBERS.get(t)


def _default_year(month: int, ref: date | None) -> int | None:
    """The latest year in which `month` has started by the article date."""
    if ref is None:
        return None
    return ref.year if month <= ref.month else ref.year - 1


def _spec_year(m: re.Match[str], end_month: int, ref: date | None) -> int | None:
    """Year from an explicit "2022" / "of last year", else the default rule on the end month."""
    if m.group("y"):
        return int(m.group("y"))
    rel = (m.group("yrel") or "").casefold().split()
    if rel and rel[-1] in ("this", "current") and ref:
        return ref.year
    if rel and rel[-1] in ("last", "previous") and ref:
        return ref.year - 1
    if rel and rel[-1] == "next" and ref:
        return ref.year + 1
    return _default_year(end_month, ref)


def _months(year: int | None, first: int, last: int) -> _Span:
    if year is None:
        return None, None
    return month_span(year, first)[0], month_span(year, last)[1]


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    last = month_span(d.year + y, m + 1)[1]
    return date(d.year + y, m + 1, min(d.day, last.day))


def _week_of(d: date) -> _Span:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _day(d: date) -> str:
    return f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


def _label(s: date | None, e: date | None) -> str:
    if s is None or e is None:
        return ""
    if s == e:
        return _day(s)
    sm, em = _MONTH_NAMES[s.month - 1], _MONTH_NAMES[e.month - 1]
    if s.day == 1 and e == month_span(e.year, e.month)[1]:  # whole months
        if s.month == 1 and e.month == 12:
            return str(s.year) if s.year == e.year else f"{s.year} {_DASH} {e.year}"
        if (s.year, s.month) == (e.year, e.month):
            return f"{sm} {s.year}"
        if s.year == e.year:
            return f"{sm} {_DASH} {em} {s.year}"
        return f"{sm} {s.year} {_DASH} {em} {e.year}"
    if s.year == e.year and s.month == e.month:
        return f"{s.day} {_DASH} {e.day} {sm} {s.year}"
    if s.year == e.year:
        return f"{s.day} {sm} {_DASH} {e.day} {em} {s.year}"
    return f"{_day(s)} {_DASH} {_day(e)}"


def _g(m: re.Match[str], name: str) -> str:
    return (m.groupdict().get(name) or "").casefold()


def _range_ok(m: re.Match[str], prep: str) -> bool:
    # "January and March" lists two months; only "between January and March" is a range
    return _g(m, "conn2") != "and" or prep == "between"


# ---------------------------------------------------------------------------------------------
# Resolvers: each returns None to reject a match (it is then simply not a time expression).

_Resolver = Callable[[re.Match[str], date | None, str], _Res | None]


def _r_iso(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    d = date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return _Res("date", d, d)


def _day_in(year: int | None, month: int, day: int, ref: date | None) -> _Res | None:
    date(2000, month, day)  # validates the day in a leap year; raises ValueError if impossible
    if year is None:
        year = _default_year(month, ref)
    if year is None:
        return _Res("date", None, None)
    d = date(year, month, day)
    return _Res("date", d, d)


def _r_date(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    month = _month_no(m.group("m1"))
    if month is None:
        return None
    year = int(m.group("y")) if m.group("y") else None
    return _day_in(year, month, int(m.group("d")), ref)


def _r_day_range(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    month = _month_no(m.group("m1"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    # "on Oct. 14 and 15": two days in a row told together are one span of both (a 48-hour strike);
    # "December 1 and 20" lists two days, a range only after "between".
    if month is None or d1 >= d2 or not (d2 == d1 + 1 or _range_ok(m, prep)):
        return None
    year = int(m.group("y")) if m.group("y") else _default_year(month, ref)
    date(2000, month, d2)
    if year is None:
        return _Res("range", None, None)
    return _Res("range", date(year, month, d1), date(year, month, d2))


def _r_date_range(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    m1, m2 = _month_no(m.group("m1")), _month_no(m.group("m2"))
    if m1 is None or m2 is None or not _range_ok(m, prep):
        return None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if m1 == m2 and (d1 >= d2 or m.group("y1")):
        return None  # "between December 1 and December 20" is one month's days; "May 3, 2024 to May 5, 2025" is not read here
    date(2000, m1, d1), date(2000, m2, d2)  # raise ValueError on an impossible day
    y1 = int(m.group("y1")) if m.group("y1") else None
    y2 = int(m.group("y2")) if m.group("y2") else None
    if y1 is None:
        y1 = y2 - (m2 < m1) if y2 is not None else _default_year(m1, ref)
    if y1 is None:
        return _Res("range", None, None)
    if y2 is None:
        y2 = y1 + 1 if m2 < m1 or (m.group("next") and ref is not None and ref.year == y1) else y1
    start, end = date(y1, m1, d1), date(y2, m2, d2)
    return _Res("range", start, end) if start < end else None


def _r_month_range(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    m1, m2 = _month_no(m.group("m1")), _month_no(m.group("m2"))
    if m1 is None or m2 is None or m1 == m2:
        return None
    if not _range_ok(m, prep):
        return None
    y2 = int(m.group("y2")) if m.group("y2") else None
    y1 = int(m.group("y1")) if m.group("y1") else None
    if y2 is None:
        y2 = y1 + (m2 < m1) if y1 is not None else _default_year(m2, ref)
    if y2 is None:
        return _Res("range", None, None)
    if y1 is None:
        y1 = y2 if m1 < m2 else y2 - 1  # "November to February" crosses New Year
    if (y1, m1) >= (y2, m2):
        return None
    return _Res("range", month_span(y1, m1)[0], month_span(y2, m2)[1])


def _r_year_range(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    y1, raw2 = int(m.group("y1")), m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else y1 // 100 * 100 + int(raw2)  # "2022-23"
    if y2 <= y1 or not _range_ok(m, prep):
        return None
    return _Res("range", date(y1, 1, 1), date(y2, 12, 31))


def _r_split_year(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    """ "2022/23", "the July-June 2022/23 crop year": a season or fiscal year across two years."""
    y1, raw2 = int(m.group("y1")), m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else y1 // 100 * 100 + int(raw2)
    if y2 != y1 + 1:
        return None
    m1, m2 = _month_no(m.group("m1")), _month_no(m.group("m2"))
    if m1 and m2:
        return _Res("range", month_span(y1, m1)[0], month_span(y2, m2)[1])
    return _Res("range", date(y1, 1, 1), date(y2, 12, 31))


def _r_months_to(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    """ "in the three months to December": the quarter that ends with that month. "Extended by six
    months to the end of March" is no period: "by" measures the extension."""
    if prep == "by":
        return None
    n = _num(m.group("n"))
    if n is None or not 1 <= n <= 12:
        return None
    return _months_ending(m, ref, n, "range")


def _r_year_to(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    """ "the fiscal year that ended in June": the twelve months that end with that month."""
    return _months_ending(m, ref, 12, "range")


def _r_month_quarter(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    """ "the March quarter" (Australian and Japanese reporting): the quarter that ends in March."""
    return _months_ending(m, ref, 3, "quarter")


def _months_ending(m: re.Match[str], ref: date | None, n: int, kind: str) -> _Res | None:
    """The `n` months that end with the month in group m1 (of group y's year, else the latest
    such month not after the article's date)."""
    last = _month_no(m.group("m1"))
    if last is None:
        return None
    year = int(m.group("y")) if m.group("y") else _default_year(last, ref)
    if year is None:
        return _Res(kind, None, None)
    return _Res(kind, _add_months(month_span(year, last)[0], 1 - n), month_span(year, last)[1])


def _r_month_year(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    month = _month_no(m.group("m1"))
    if month is None:
        return None
    s, e = month_span(int(m.group("y")), month)
    return _Res("month", s, e)


def _r_month_half(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    """ "the first half of October", "the last two weeks of September": days of that month."""
    month = _month_no(m.group("m1"))
    if month is None:
        return None
    year = int(m.group("y")) if m.group("y") else _default_year(month, ref)
    if year is None:
        return _Res("range", None, None)
    first, last = month_span(year, month)
    later = _g(m, "ord") in ("second", "last", "final", "latter")
    return _Res("range", first.replace(day=16) if later else first, last if later else first.replace(day=15))


def _r_first_months(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    n = _num(m.group("n"))
    unit, ord_ = _g(m, "unit"), _g(m, "ord")
    if n is None:
        return None
    months = n * 3 if unit.startswith("quarter") else n
    if not 1 <= months <= 12:
        return None
    if ord_ == "first" or (ord_ == "same" and (m.group("y") or m.group("yrel"))):
        # "the same nine months of last year": a part of a year told by its length is the year so far
        first, last = 1, months
    elif m.group("y") or m.group("yrel"):  # "last three months of 2022"
        first, last = 13 - months, 12
    else:
        return None  # "the last three months" is rolling; another rule takes it
    s, e = _months(_spec_year(m, last, ref), first, last)
    return _Res("range", s, e)


def _r_ordinal_part(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    unit, ord_ = _g(m, "unit"), _g(m, "ord")
    parts = 2 if unit == "half" else 4
    if ord_ in ("last", "final"):
        if not m.group("the") and not (m.group("y") or m.group("yrel")):
            return None  # bare "last quarter" is the previous quarter: the relative rule
        idx = parts
    else:
        idx = 4 if ord_ == "holiday" else _ORDINALS.get(ord_, 0)
    if not 1 <= idx <= parts:
        return None
    width = 12 // parts
    first, last = (idx - 1) * width + 1, idx * width
    # A quarter that has begun by the article date is this year's ("for the third quarter",
    # written in July, is a forecast for the quarter now running).
    year = _spec_year(m, first, ref)
    if ref and year is not None and year < ref.year and not (m.group("y") or m.group("yrel")) \
            and _PLAN_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        year = ref.year  # "expects to complete in the third quarter", written in May: the one to come
    s, e = _months(year, first, last)
    return _Res("quarter" if parts == 4 else "range", s, e)


# The words of a plan just before a time: what they date is still to come.
_PLAN_BEFORE = re.compile(r"\b(?:will|expects?\s+to|expected\s+to|due\s+to|plans?\s+to|planned\s+to|aims?\s+to"
                          r"|scheduled\s+to|set\s+to)\s+(?:[\w-]+\s+){1,2}(?:in\s+|by\s+)?$", _FLAGS)


def _r_code_part(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    q = m.group("q") or m.group("q2")
    h = m.group("h") or m.group("h2")
    idx, width = (int(q), 3) if q else (int(h), 6)
    end = int(m.group("qe")) if m.group("qe") and int(m.group("qe")) > idx else idx
    first, last = (idx - 1) * width + 1, end * width
    if m.group("yy"):
        year: int | None = 2000 + int(m.group("yy"))
    elif m.group("y") or m.group("yrel"):
        year = _spec_year(m, last, ref)  # "Q3 2024", and "q3 last year" as "September last year" is
    else:
        year = _default_year(first, ref)
    s, e = _months(year, first, last)
    return _Res("quarter" if q and end == idx else "range", s, e)


def _r_rolling(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    n = _num(m.group("n")) if m.group("n") else 1
    if n is None or n == 0 or (not m.group("n") and not m.group("the")):
        return None  # bare "last week" is the calendar week, not the last seven days
    if not m.group("n") and _g(m, "which") in ("previous", "preceding"):
        return None  # "the previous week" compares with a week; the comparison rule takes it
    if ref is None:
        return _Res("range", None, None)
    unit = _g(m, "unit").rstrip("s")
    if unit == "day":
        start = ref - timedelta(days=n - 1)
    elif unit == "week":
        start = ref - timedelta(days=7 * n - 1)
    else:
        start = _add_months(ref, -n * (12 if unit == "year" else 1)) + timedelta(days=1)
    return _Res("range", start, ref)


def _r_ago(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    n = _num(m.group("n"))
    unit = _g(m, "unit")
    if n is None:
        return None
    # "a year ago" in news is usually a comparison point, hence its own kind
    kind = "relative" if unit == "year" and _g(m, "n") in ("a", "an") else ""
    if ref is None:
        return _Res(kind or {"day": "date"}.get(unit, unit), None, None)
    if unit == "day":
        d = ref - timedelta(days=n)
        return _Res("date", d, d)
    if unit == "week":
        s, e = _week_of(ref - timedelta(days=7 * n))
        return _Res("week", s, e)
    if unit == "month":
        d = _add_months(ref, -n)
        s, e = month_span(d.year, d.month)
        return _Res("month", s, e)
    return _Res(kind or "year", date(ref.year - n, 1, 1), date(ref.year - n, 12, 31))


def _r_compare(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    # "a year earlier", "year-on-year": a comparison against an unstated base, not an interval
    return _Res("relative", None, None)


def _period(unit: str, ref: date, shift: int) -> _Span:
    if unit == "week":
        s, e = _week_of(ref + timedelta(days=7 * shift))
        return s, e
    if unit == "weekend":
        # this weekend is the coming one, or the current one when said on Saturday or Sunday
        sat = ref + timedelta(days=5 - ref.weekday() if ref.weekday() <= 5 else -1)
        sat += timedelta(days=7 * shift)
        return sat, sat + timedelta(days=1)
    if unit == "month":
        d = _add_months(ref.replace(day=1), shift)
        return month_span(d.year, d.month)
    if unit == "quarter":
        q0 = (ref.month - 1) // 3 * 3 + 1
        d = _add_months(date(ref.year, q0, 1), 3 * shift)
        return d, month_span(d.year, d.month + 2)[1]
    return date(ref.year + shift, 1, 1), date(ref.year + shift, 12, 31)


def _r_relative_period(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    unit = _g(m, "unit")
    kind = {"weekend": "week", "quarter": "quarter"}.get(unit, unit)
    if ref is None:
        return _Res(kind, None, None)
    which = _g(m, "which").split()[-1]
    shift = {"last": -1, "next": 1, "coming": 1}.get(which, 0)
    s, e = _period(unit, ref, shift)
    mod = _g(m, "mod")
    if shift == 0 and mod == "earlier" and s <= ref:
        e = ref  # "earlier this month": from the start of the month to the article
    elif shift == 0 and mod == "later" and ref <= e:
        s = ref
    return _Res(kind, s, e)


def _r_weekday(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    wd = _WEEKDAYS.index(_g(m, "wd"))
    if ref is None:
        return _Res("date", None, None)
    rel = _g(m, "rel")
    # "set talks for Friday", "a vote scheduled for Thursday": a day something is set for is ahead
    # ("for Monday's session" may be the one gone).
    set_for = prep == "for" and not m.string.startswith(("'s", "’s"), m.end())
    if rel in ("next", "coming") or set_for:
        d = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
    else:
        back = (ref.weekday() - wd) % 7
        if rel in ("last", "past") and back == 0:
            back = 7  # "last Saturday" said on a Saturday is a week ago
        d = ref - timedelta(days=back)
    return _Res("date", d, d)


def _r_dayword(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    if ref is None:
        return _Res("date", None, None)
    d = ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(_g(m, "w"), 0))
    return _Res("date", d, d)


_PLAIN_ABBREVIATIONS = frozenset("feb apr jun jul aug sep sept oct nov".split())
_NAME_BEFORE = lazy_compile(r"\b[A-Z][a-z]+\s$")


def _r_month(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    token = m.group("m1")
    month = _month_no(token)
    if month is None:
        return None
    rel = _g(m, "rel")
    if not (prep or rel or m.group("mod")):
        # Without context, only full names, and never "may" (a verb); "march" and "august" are
        # words too, so only capitalised; "Jan" could be a person.
        name = token.casefold()
        if (name not in _FULL_NAMES and name not in _PLAIN_ABBREVIATIONS) or name == "may":
            return None  # "asean exports sept": an abbreviation no other word spells is the month
        if name in ("march", "august") and not token[0].isupper():
            return None
        if name in _PLAIN_ABBREVIATIONS and _NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
            return None  # "Vice Commerce Minister Wang Jun, covers": a name's part, not June
    yrel = (_g(m, "yrel") or "").split()[-1:] or [""]
    if ref is not None and yrel[0] in ("last", "previous", "this", "current", "next"):
        # "in November last year", "March of this year": the year is named, not guessed.
        year = ref.year + {"last": -1, "previous": -1, "next": 1}.get(yrel[0], 0)
        s, e = _months(year, month, month)
        return _Res("month", s, e)
    if ref is None:
        year = None
    elif rel in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    elif rel in ("last", "past"):
        year = ref.year if month < ref.month else ref.year - 1
    else:
        year = _default_year(month, ref)
    s, e = _months(year, month, month)
    return _Res("month", s, e)


def _r_decade(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    y = int(m.group("dec"))
    return _Res("range", date(y, 1, 1), date(y + 9, 12, 31))


def _r_year_end(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    """ "by the end of the year", "at year-end", "the end of next year", "end of 2024": December."""
    if m.group("y"):
        year: int | None = int(m.group("y"))
    elif ref is None:
        return _Res("month", None, None)
    else:
        year = ref.year + {"next": 1, "last": -1}.get(_g(m, "rel"), 0)
    assert year is not None
    return _Res("month", date(year, 12, 1), date(year, 12, 31))


def _r_mid_year(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    """ "as of mid-year", "by the middle of the year": the end of June, where half a year ends."""
    if ref is None:
        return _Res("month", None, None)
    return _Res("month", date(ref.year, 6, 1), date(ref.year, 6, 30))


def _r_year_to_date(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    if ref is None:
        return _Res("range", None, None)
    if prep in ("at", "from") and m.group(0).lower().lstrip().startswith(("the", "start", "beginning")):
        # "19,742 billion at the start of the year": the year's first day, a level then, no span
        return _Res("date", date(ref.year, 1, 1), date(ref.year, 1, 1))
    return _Res("range", date(ref.year, 1, 1), ref)


def _r_decade_end(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    """ "by the end of the decade", written in 2025: 2030, the year news means by it."""
    if ref is None:
        return _Res("year", None, None)
    y = (ref.year // 10 + 1) * 10 if ref.year % 10 else ref.year
    return _Res("year", date(y, 1, 1), date(y, 12, 31))


def _r_year(m: re.Match[str], ref: date | None, prep: str) -> _Res | None:
    y = int(m.group("y"))
    return _Res("year", date(y, 1, 1), date(y, 12, 31))


# ---------------------------------------------------------------------------------------------
# Rules, in priority order for equal-length ties. `point` rules become open-ended after
# "from"/"since"; ranges and comparisons already say where they end. `needs` are lowercase
# substrings of which one must occur for the rule to be worth running (the cheap pre-check that
# keeps a short question well under 50 µs). Names in angle brackets are conditions (_CONDITIONS)
# that must all hold as well.

_MONTH_KEYS = tuple(m.lower()[:3] for m in _MONTH_NAMES)


@dataclass(slots=True, frozen=True)
class _Rule:
    pattern: LazyPattern  # compiled when a text first has the rule's key words: most questions have none
    resolve: _Resolver
    needs: frozenset[str]
    point: bool = True
    conditions: tuple[str, ...] = ()  # keys of _CONDITIONS the text must meet for the rule to match


def _rule(
    pattern: str, resolve: _Resolver, needs: tuple[str, ...], point: bool = True
) -> _Rule:
    conditions = tuple(n for n in needs if n.startswith("<"))
    keys = frozenset(n for n in needs if not n.startswith("<"))
    return _Rule(lazy_compile(pattern, _FLAGS), resolve, keys, point, conditions)


_DAYNUM = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])"
_RANGE_CONN = r"(?:\s*(?P<conn>[-\u2013\u2014])\s*|\s+(?P<conn2>to|through|thru|till|until|and)\s+)"
_DIGIT_MONTH = ("<digit>", *_MONTH_KEYS)
# A day and its month side by side ("9 December", "Dec. 9", "10-12 March"): what rules 1-5 match.
_DAY_MONTH = ("<digit>", "<day-month>", *_MONTH_KEYS)
_COMPARE_UNITS = r"(?:year|month|week|quarter)"

_RULES: tuple[_Rule, ...] = (
    _rule(
        rf"(?<![0-9])(?P<y>{_YEAR})-(?P<mo>[0-9]{{2}})-(?P<d>[0-9]{{2}})(?![0-9])", _r_iso, ("<year>", "-")
    ),
    _rule(
        rf"{_THE}(?<![0-9.,$])\b{_DAYNUM}\s+(?:of\s+)?{_mon('m1')}(?:,?\s+(?P<y>{_YEAR})\b)?",
        _r_date,
        _DAY_MONTH,
    ),
    _rule(
        rf"{_mon('m1')}\s*{_DAYNUM}\b(?![.,][0-9]|\s*%)(?:,?\s+(?P<y>{_YEAR})\b)?",
        _r_date,
        _DAY_MONTH,
    ),
    _rule(
        rf"{_THE}(?<![0-9.,$])\b(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?{_RANGE_CONN}"
        rf"(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_mon('m1')}"
        rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
        _r_day_range,
        _DAY_MONTH,
        point=False,
    ),
    _rule(
        # "between Oct. 10 and Feb. 27 next year": a span across months, the year it ends named or not.
        rf"{_mon('m1')}\s*(?P<d1>[0-9]{{1,2}})\b(?:,?\s+(?P<y1>{_YEAR})\b)?{_RANGE_CONN}{_mon('m2')}\s*(?P<d2>[0-9]{{1,2}})\b"
        rf"(?![.,][0-9]|\s*%)(?:,?\s+(?P<y2>{_YEAR})\b|\s+(?P<next>next\s+year)\b)?",
        _r_date_range,
        _DAY_MONTH,
        point=False,
    ),
    _rule(
        # "Dec. 18-19", "for shipment between December 1 and 20"
        rf"{_mon('m1')}\s*(?P<d1>[0-9]{{1,2}})(?:\s*[-\u2013]\s*|\s+(?P<conn2>to|through|and)\s+)(?P<d2>[0-9]{{1,2}})\b(?![.,][0-9]|\s*%)"
        rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
        _r_day_range,
        _DAY_MONTH,
        point=False,
    ),
    _rule(
        rf"(?:{_mon('m1')}\s*[-\u2013/]\s*{_mon('m2')}\s+)?(?<![0-9])(?P<y1>{_YEAR})/(?P<y2>{_YEAR}|[0-9]{{2}})(?![0-9])",
        _r_split_year,
        ("<year>", "/"),
        point=False,
    ),
    _rule(
        rf"{_THE}\b(?P<n>{_NUM})\s+months\s+(?:to|through|ending(?:\s+in)?|ended)\s+(?:the\s+end\s+of\s+)?{_mon('m1')}"
        rf"(?:\s+(?P<y>{_YEAR})\b)?",
        _r_months_to,
        ("months",),
        point=False,
    ),
    _rule(
        # "in the fiscal year that ended in June", "the financial year to March 2025": the twelve
        # months ending then, which a question's "last year" overlaps; no bare "June". A plain
        # "the year to June" stays the month: "how much did debt grow over the year to June"
        # compares two Junes' levels.
        rf"\bthe\s+(?:(?:fiscal|financial|business|budget|crop|marketing)\s+year\s+(?:(?:that|which)\s+)?"
        rf"|year\s+(?:that|which)\s+)"
        # "the fiscal year that ended on July 7" (Ethiopia's) ends with that day's month.
        rf"(?:to|through|ending(?:\s+(?:in|on))?|ended(?:\s+(?:in|on))?|ends(?:\s+(?:in|on))?)\s+(?:the\s+end\s+of\s+)?"
        rf"(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_mon('m1')}(?:\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\b(?![.,]?[0-9]|\s*%))?"
        rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
        _r_year_to,
        ("year",),
        point=False,
    ),
    _rule(
        # "in the March quarter", "the December quarter of 2024": the three months ending then
        rf"{_THE}\b{_mon('m1')}[\s-]+quarter\b(?:\s+(?:of\s+)?(?P<y>{_YEAR})\b)?",
        _r_month_quarter,
        ("quarter",),
        point=False,
    ),
    _rule(
        rf"{_mon('m1')}(?:,?\s+(?P<y1>{_YEAR}))?{_RANGE_CONN}{_mon('m2')}"
        rf"(?:,?\s+(?:of\s+)?(?P<y2>{_YEAR})\b)?",
        _r_month_range,
        _MONTH_KEYS,
        point=False,
    ),
    _rule(
        rf"{_NOT_AFTER_NUMBER}\b(?P<y1>{_YEAR}){_RANGE_CONN}"
        rf"(?P<y2>{_YEAR}|[0-9]{{2}}(?![0-9])){_NOT_AMOUNT}",
        _r_year_range,
        ("<year>",),
        point=False,
    ),
    _rule(
        rf"{_THE}\b(?P<ord>first|second|last|final|latter)\s+(?:half|fortnight|two\s+weeks)\s+of\s+{_mon('m1')}"
        rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
        _r_month_half,
        _MONTH_KEYS,
        point=False,
    ),
    _rule(
        rf"{_MOD}{_mon('m1')}(?:\s+of|,)?\s+(?P<y>{_YEAR})\b{_NOT_AMOUNT}",
        _r_month_year,
        ("<year>", *_MONTH_KEYS),
    ),
    _rule(
        rf"{_THE}\b(?P<ord>first|last|final|same)\s+(?P<n>{_NUM})\s+(?P<unit>months|quarters)\b"
        rf"{_YEARSPEC}",
        _r_first_months,
        ("months", "quarters"),
        point=False,
    ),
    _rule(
        rf"{_THE}\b(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
        rf"(?P<unit>quarter|half)\b{_YEARSPEC}",
        _r_ordinal_part,
        ("quarter", "half"),
    ),
    _rule(
        # "comparable sales in the holiday quarter": retail's fourth quarter
        rf"{_THE}\b(?P<ord>holiday)(?:[\s-]+season)?[\s-]+(?P<unit>quarter)\b{_YEARSPEC}",
        _r_ordinal_part,
        ("holiday",),
    ),
    _rule(
        # "Q1-Q3 of last year": a run of quarters, from the first's start to the last's end
        rf"{_THE}\b(?:q(?P<q>[1-4])(?:\s*[-\u2013]\s*q(?P<qe>[1-4]))?|(?P<q2>[1-4])q|h(?P<h>[12])|(?P<h2>[12])h)\b"
        rf"(?:\s*['\u2019](?P<yy>[0-9]{{2}})\b|{_YEARSPEC})",
        _r_code_part,
        ("<digit>", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "h1", "h2", "1h", "2h"),
    ),
    _rule(
        rf"{_THE}\b(?P<which>past|last|previous|preceding)\s+(?:(?P<n>{_NUM})\s+)?"
        rf"(?P<unit>days?|weeks?|months?|years?)\b",
        _r_rolling,
        ("past", "last", "previous", "preceding"),
        point=False,
    ),
    _rule(
        rf"\b(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+ago\b", _r_ago, ("ago",)
    ),
    _rule(
        rf"\b(?:(?:a|one)\s+{_COMPARE_UNITS}\s+(?:earlier|before|prior)"
        rf"|{_COMPARE_UNITS}[\s-](?:on|over)[\s-]{_COMPARE_UNITS}"
        r"|[ymq]/[ymq]|yoy|mom|qoq"
        rf"|the\s+(?:previous|prior|preceding)\s+{_COMPARE_UNITS}"
        r"|(?:the\s+)?same\s+(?:period|month|quarter|time|stretch)\s+"  # "the same stretch last yr", as users say it
        # "the same period a year earlier": the whole phrase, or "earlier" is left as a word asked
        r"(?:a|last|of\s+last|of\s+the\s+previous|in\s+the\s+previous|the\s+previous)\s+year(?:\s+(?:earlier|ago|before))?)\b",
        _r_compare,
        ("year", "month", "week", "quarter", "/", "yoy", "mom", "qoq"),
        point=False,
    ),
    _rule(
        r"(?:\b(?P<mod>earlier|later|early|late)\s+)?\b"
        r"(?P<which>this|last|next|the\s+current|the\s+coming)\s+"
        r"(?P<unit>week|weekend|month|quarter|year)\b",
        _r_relative_period,
        ("week", "month", "quarter", "year"),
    ),
    _rule(
        rf"(?:\b(?P<rel>last|this|next|past|coming)\s+)?\b(?P<wd>{_WEEKDAY})\b",
        _r_weekday,
        ("day",),
    ),
    _rule(
        r"\b(?P<w>yesterday|today|tonight|tomorrow)\b",
        _r_dayword,
        ("day", "tonight", "tomorrow"),
    ),
    _rule(
        rf"(?:\b(?P<rel>last|this|next|past|coming)\s+)?{_MOD}{_mon('m1')}"
        r"(?:\s*,?\s*(?:of\s+)?(?P<yrel>this|last|next|the\s+current|the\s+previous)\s+year\b)?",
        _r_month,
        _MONTH_KEYS,
    ),
    # The long s ("ſ") is there because IGNORECASE matches it to "s".
    _rule(rf"{_THE}\b(?P<dec>(?:19|20)[0-9]0)['\u2019]?s\b", _r_decade, ("<year>", "0s", "0ſ", "0'", "0\u2019"), point=False),
    _rule(r"\bthe\s+(?:end|close)\s+of\s+(?:the|this)\s+decade\b", _r_decade_end, ("decade",)),
    _rule(rf"{_MOD}{_NOT_AFTER_NUMBER}\b(?P<y>{_YEAR})\b{_NOT_AMOUNT}", _r_year, ("<year>",)),
    _rule(
        # "lost 11.3% since the start of the year": from January 1 to the article's day.
        r"\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year\b|\byear[- ]to[- ]date\b|\bso\s+far\s+this\s+year\b",
        _r_year_to_date,
        ("start", "beginning", "date", "far"),
        point=False,
    ),
    _rule(
        rf"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(?P<rel>next|last)\s+)?(?:year|(?P<y>{_YEAR}))\b|\byear[- ]end\b",
        _r_year_end,
        ("end",),
        point=False,
    ),
    _rule(
        # "as of mid-year": a point in time, not the adjective of "its mid-year budget review"
        r"(?:(?<=\bas of )|(?<=\bat )|(?<=\bby )|(?<=\buntil )|(?<=\bsince )|(?<=\bbefore )|(?<=\bafter ))"
        r"(?:mid-?year|(?:the\s+)?middle\s+of\s+(?:the\s+|this\s+)?year)\b",
        _r_mid_year,
        ("mid", "middle"),
        point=False,
    ),
    _rule(
        # "expect the rate to end the year at 6.75%", "see the rate finishing 2025": its level in
        # the year's last month, as "at the end of the year" is.
        rf"\b(?:end|ends|ended|ending|finish|finishes|finished|finishing)\s+(?:(?:the|this)\s+year|(?P<y>{_YEAR}))\b(?!\s*%)",
        _r_year_end,
        ("end", "finish"),
        point=False,
    ),
)

_HAS_DIGIT = re.compile(r"[0-9]")
_ALL_NEEDS = tuple(sorted(set().union(*(r.needs for r in _RULES))))
# Any text rules 1-5 match has this in it (their day number next to their month word): one scan
# instead of five over most sentences that name a month and a number.
_DAY_MONTH_NEAR = lazy_compile(rf"{_mon('m1')}\s*[0-9]|[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?{_mon('m2')}", _FLAGS)
# What each condition asks of a text; each is necessary for its rules' patterns to match.
_CONDITIONS: dict[str, Callable[[str], bool]] = {
    "<digit>": lambda text: _HAS_DIGIT.search(text) is not None,
    # _YEAR is "19..", "20.." or "2100": most sentences with a number have no year in them.
    "<year>": lambda text: "19" in text or "20" in text or "2100" in text,
    "<day-month>": lambda text: _DAY_MONTH_NEAR.search(text) is not None,
}


# ---------------------------------------------------------------------------------------------


def _prep_before(text: str, start: int) -> tuple[str, int]:
    """The governing word right before `start` and where it begins, or ("", start)."""
    i = start
    while i > 0 and text[i - 1].isspace() and start - i < 8:
        i -= 1
    if i == start:
        return "", start
    j = i
    while j > 0 and text[j - 1].isalpha() and i - j < 11:
        j -= 1
    if j > 0 and text[j - 1].isalnum():  # part of a longer word ("begin March")
        return "", start
    word = text[j:i].lower()
    if word == "of":  # "as of"
        k = j
        while k > 0 and text[k - 1].isspace() and j - k < 4:
            k -= 1
        whole = k == 2 or (k > 2 and not text[k - 3].isalnum())
        if k < j and whole and text[k - 2 : k].lower() == "as":
            return "as of", k - 2
        return "", start
    if word in _FROM_WORDS:
        return "from", j
    return (word, j) if word in _PREPS else ("", start)


def _build(
    text: str, m: re.Match[str], rule: _Rule, ref: date | None, prep: str, start: int
) -> TimeExpr | None:
    try:
        res = rule.resolve(m, ref, prep)
    except (ValueError, OverflowError):  # impossible dates, arithmetic off the calendar's edge
        return None
    if res is None:
        return None
    first, last, label = res.start, res.end, _label(res.start, res.end)
    open_end = rule.point and prep in ("from", "since")
    if open_end and first is not None:
        label = f"{prep} {label}"
        # "since X" runs up to the article; "from X" states no end at all
        last = ref if prep == "since" and ref is not None and ref >= first else None
    return TimeExpr(
        text=text[start : m.end()],
        start=start,
        end=m.end(),
        kind=res.kind,
        start_date=first,
        end_date=last,
        label=label,
        open_end=open_end,
        anchor=prep,
    )


_Candidate = tuple[int, int, int, re.Match[str], _Rule, str]


# A question's text is read twice: when it is parsed (no article date) and when its periods are
# read against the candidate article's date (handlers.query.resolve_times). Which patterns match
# where is the same both times, only the resolving differs: the matching, the costlier part, is
# kept for the last few texts. Few: it serves those two reads of one question (or of one sentence
# at ingest), not questions asked again.
@lru_cache(maxsize=16)
def _candidates(text: str) -> tuple[_Candidate, ...]:
    """Every match of every rule that can apply to the text, by (start, longest, priority).
    A tuple, shared by whoever asks: read only."""
    lower = text.lower()
    present = {n for n in _ALL_NEEDS if n in lower}
    met: dict[str, bool] = {}  # conditions checked so far, each at most once
    found: list[_Candidate] = []
    for priority, rule in enumerate(_RULES):
        if rule.needs and rule.needs.isdisjoint(present):
            continue
        if rule.conditions and not all(met[c] if c in met else met.setdefault(c, _CONDITIONS[c](text)) for c in rule.conditions):
            continue
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                prep, start = _prep_before(text, m.start())
                found.append((start, start - m.end(), priority, m, rule, prep))
    found.sort(key=lambda c: c[:3])
    return tuple(found)


def find_times(text: str, article_date: date | None) -> list[TimeExpr]:
    """Time expressions in `text`, non-overlapping and ordered by start, resolved against the
    article's date (relative ones stay unresolved without it)."""
    if not isinstance(text, str) or not text:
        return []
    ref = article_date.date() if isinstance(article_date, datetime) else article_date
    if not isinstance(ref, date):
        ref = None
    candidates = _candidates(text)
    if not candidates:
        # Most questions and many sentences name no time: with nothing found, the passes below
        # add nothing (each builds on a month, date or quarter found), and their own searches of
        # the text ("by the end of the month") are skipped.
        return []
    out: list[TimeExpr] = []
    last_end = -1
    # Greedy over (earliest, longest, highest priority); resolving lazily means a rejected
    # candidate simply lets the next one at that position through.
    for start, _, _, m, rule, prep in candidates:
        if start < last_end:
            continue
        expr = _build(text, m, rule, ref, prep, start)
        if expr is not None:
            out.append(_future_if_said_so(text, expr, ref, out))
            last_end = expr.end
    return _month_end_of_named(text, _elided_parts(text, _with_year_after(text, out), ref))


# "April-August last year", "January-June of 2024": the months, in the year said after them.
_YEAR_GAP = re.compile(r"\s*(?:period\s+|months\s+)?(?:of\s+)?", _FLAGS)


_FOUR_DIGITS = lazy_compile(r"\d{4}")


def _with_year_after(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for t in found:
        prev = out[-1] if out else None
        # Not "first surplus for October since 2022": a year "since" or "until" is no month's year.
        if (prev is not None and t.kind == "year" and t.anchor in ("", "in", "of", "during") and prev.kind in ("range", "month")
                and t.start_date and prev.start_date
                and prev.end_date and not _FOUR_DIGITS.search(prev.text) and _YEAR_GAP.fullmatch(text[prev.end : t.start])):
            shift = t.start_date.year - prev.start_date.year
            try:
                first, last = prev.start_date.replace(year=prev.start_date.year + shift), prev.end_date.replace(year=prev.end_date.year + shift)
            except ValueError:  # February 29 in a year without one
                out.append(t)
                continue
            out[-1] = dataclasses.replace(prev, text=text[prev.start : t.end], end=t.end, start_date=first, end_date=last,
                                          label=_label(first, last))
            continue
        out.append(t)
    return out


# "lit on 20 January and was running at 60% of its capacity by the end of the month": the month
# the sentence has named, not the article's.
_END_OF_THE_MONTH = lazy_compile(r"\b(?P<prep>by|at|until|till|before|towards?)\s+the\s+end\s+of\s+the\s+month\b", _FLAGS)


def _month_end_of_named(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    if not found:
        return []  # no month named before: the end of none to read (the search is skipped)
    out = list(found)
    for m in _END_OF_THE_MONTH.finditer(text):
        before = [t for t in found if t.end <= m.start() and t.kind in ("month", "date") and t.start_date and t.end_date
                  and t.start_date.month == t.end_date.month and t.start_date.year == t.end_date.year]
        if not before or any(t.start < m.end() and m.start() < t.end for t in found):
            continue
        first, last = month_span(before[-1].start_date.year, before[-1].start_date.month)  # type: ignore[union-attr]
        out.append(TimeExpr(text=text[m.start():m.end()], start=m.start(), end=m.end(), kind="month", start_date=first,
                            end_date=last, label=_label(first, last), anchor=m.group("prep").lower()))
    return sorted(out, key=lambda t: t.start)


_ELIDED_PART = lazy_compile(r"\b(?P<prep>in|during|for)\s+the\s+(?P<ord>first|second|third|fourth)\b"
                          r"(?=\s*(?:[.,;)]|$|\s+(?:and|while|but|when|as|after|before)\b))", _FLAGS)
_PART_UNIT = re.compile(r"\b(quarter|half)\b", _FLAGS)


def _elided_parts(text: str, found: list[TimeExpr], ref: date | None) -> list[TimeExpr]:
    """ "lost 3.1% in the first quarter before gaining 7.9% in the second": the second quarter,
    of the same year as the first."""
    parts = [t for t in found if t.kind in ("quarter", "range") and _PART_UNIT.search(t.text)]
    if not parts:
        return found
    out = list(found)
    for m in _ELIDED_PART.finditer(text):
        before = [t for t in parts if t.end <= m.start()]
        if not before or any(t.start < m.end() and m.start() < t.end for t in found):
            continue
        model = before[-1]
        unit = _PART_UNIT.search(model.text).group(1).lower()  # type: ignore[union-attr]
        year = f" {model.start_date.year}" if model.start_date else ""
        resolved = find_times(f"the {m.group('ord')} {unit}{year}", ref)
        if len(resolved) == 1 and resolved[0].start_date:
            r = resolved[0]
            out.append(TimeExpr(text=text[m.start():m.end()], start=m.start(), end=m.end(), kind=r.kind,
                                start_date=r.start_date, end_date=r.end_date, label=r.label, anchor=m.group("prep").lower()))
    return sorted(out, key=lambda t: t.start)


_WILL = lazy_compile(r"\b(?:will|shall|'ll|is|are)\s+(?:\w+\s+){0,3}?(?:due|payable|set|scheduled|expected|planned)\b|\bwill\b|\bshall\b"
                   # "meetings planned for February", "a bond due in January", "a tax that takes effect in January", "wheat for shipment between December 1 and 20": a timetable
                   r"|\b(?:planned|scheduled|slated|pencilled|penciled)\s+(?:for\s+)?$|(?<!was )(?<!were )(?<!been )\b(?:due|payable|maturing)\s+$|\b(?:takes|take) effect\b|\bkicks in\b|\bcomes? into (?:force|effect)\b|\bfor (?:shipment|delivery|loading|arrival)\b"
                   r"|\b(?:plans?|planned|agrees?|agreed|aims?|intends?|decided)\s+(?:\w+\s+){0,3}?to\b|\b(?:is|are) to\b|\bnext\b"
                   # "signed a 10-year agreement in Bucharest with Romania's Romgaz to supply 1 bcm a year from
                   # April", said in January: what a deal binds one to do is still to come
                   r"|\b(?:agreement|deal|contract|accord|pact)\s+(?:[\w'’-]+\s+){0,6}?to\s+(?!be\b|the\b|a\b|an\b|date\b)[a-z]+\b"
                   # "loans for cane growers, to be disbursed ... from May": still to happen
                   r"|\bto be\s+[a-z]+(?:ed|en|id)\b"
                   # "six cargoes due to load in November": a timetable's deed; not "fell due to strikes in May"
                   r"|(?<!was )(?<!were )\bdue to\s+(?:load|ship|sail|arrive|start|begin|open|reopen|close|expire|mature|end|finish|launch"
                   r"|resume|restart|meet|vote|report|publish|release|deliver|complete|come|return|run|hold|sign|rule|enter|depart|submit"
                   r"|announce|pay|receive|decide|go)\b"
                   # "what is the government going to announce in December?", asked in October: the one to come
                   r"|\b(?:is|are|am)\s+(?:[\w-]+\s+){0,3}?going to\s+(?!the\b|a\b|an\b)[a-z]+\b"
                   # "Some buyers are holding off until the government's Budget on November 26"
                   r"|\b(?:is|are|am)\s+\w+ing\b[^.;]{0,60}\b(?:until|till|ahead of)\b"
                   # "She expects inflation to jump to 3.6% in January": a forecast, in the present tense; not
                   # "cut its growth forecast for 2025 to 3.0% on Tuesday", the noun and the level it went to.
                   r"|\b(?:expects|forecasts|sees|predicts|projects|expect|forecast|predict|see)\s+(?:[\w.%’'-]+\s+){0,5}?to\b(?!\s*[$€£]?\d)"
                   # "final approval by Egypt's cabinet, which Wang said she expected in January", said in
                   # November: the thing the relative clause looks for is still to come (not "rose more than expected in May")
                   r"|\b(?:which|that)\s+(?:[\w'’-]+\s+){0,4}?(?:expects?|expected|anticipates?|anticipated)\s+$",
                   re.IGNORECASE)


# ", and dredging work began", "; construction started": a later clause in the past tense; so is
# "will provide 35% by 2027, up from 12% when trial production began in March".
# "would add a line by the end of next year, while Dongsheng Auto Parts broke ground on a plant in
# March": a clause of its own, told in the past.
# "would ask Beijing next year to widen the free trade agreement ..., which took effect in May": so is
# a relative clause in the past.
_PAST_AFTER_WILL = re.compile(r"(?:,|;|\band\b|\bwhen\b|\bwhile\b|\bwhereas\b|\bbut\b)\s+(?:[\w'-]+\s+){0,3}?"
                              r"(?:began|begun|started|opened|launched|broke|signed|completed|finished|was|were|had|did|came|took)\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|announced|reported|added|wrote)\b", re.IGNORECASE)
# "expected to deliver savings of 850 million euros, up from a target set out in March": a thing
# already made known, whatever the sentence expects ("will be announced in March" is still ahead);
# so is one made known by a body named between ("will rise to 50% ..., under measures announced by
# the Office of the U.S. Trade Representative in May").
_MADE_KNOWN_BEFORE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )\b(?:set out|laid out|announced|unveiled|outlined|published"
                                r"|released|presented|disclosed)\s+(?:by\s+(?:[\w.'’&-]+\s+){1,8}?)?$", re.IGNORECASE)


_YEAR_OR_RELATIVE = lazy_compile(r"\b(?:19|20)\d\d\b|\byear\b|\bago\b|\blast\b|\bthis\b", re.IGNORECASE)
_LATIN_WORDS = lazy_compile(r"[A-Za-z]+")
_WOULD = lazy_compile(r"\bwould\b")
# "did X agree to", "did they plan to": a question's past "did" makes the plan one already made,
# unlike the article's "agreed on Sunday to cut output from January".
_DID_AGREE_TO = lazy_compile(r"\bdid\s+(?:[\w'’-]+\s+){1,4}?(?:plan|agree|aim|intend|decide)\s+(?:\w+\s+){0,3}?to\b", re.IGNORECASE)
# "the first cargoes should leave Itajai in early April", said in March: what should happen is
# ahead; not "Heilongjiang should become a gateway, Xi declared in September", the month of the telling.
_SHOULD = lazy_compile(r"\bshould\b(?!\s+have\b)(?![^,;]*,[^,;]*\b(?:said|says|told|declared|announced|added|wrote|reported|stated)\b)")
# "will supply battery makers, Hexi chairman Wang Dexin said in March": the month of a telling
# already made, whatever the telling says is to come.
_TOLD_JUST_BEFORE = lazy_compile(r"\b(?:said|told|announced|reported|added|wrote|declared|stated)\s+$", re.IGNORECASE)
# "when EU-U.S. tariff talks resume in November": the stop of an initialism ends no sentence.
_SENTENCE_BREAK = lazy_compile(r"(?<!\b[A-Z]\.[A-Z])[.;!?]\s")


def _a_year_later(day: date) -> date:
    """The same day a year on; a leap year's 29 February (the end of "in February" said in 2024)
    becomes the next February's last day, 28 February."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _future_if_said_so(text: str, expr: TimeExpr, ref: date | None, earlier: list[TimeExpr]) -> TimeExpr:
    """ "The committee will next meet in October", "they would meet again on 2 February" said in
    December, "agreed on Sunday to cut output from January": a month named without a year, in a
    sentence about what is still to come, is the next one; so are its days ("its next policy
    meeting on December 18-19", said in October). "In May, customs said Jilin would use
    the port from June" stays in May's year: the saying is dated, and June follows it."""
    if ref is None or expr.start_date is None or expr.start_date >= ref or expr.kind not in ("month", "date", "range"):
        return expr
    if expr.end_date is not None and expr.end_date >= ref:
        return expr  # the month still running ("550,000 tons in September", said in September)
    if _YEAR_OR_RELATIVE.search(expr.text):
        return expr
    sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text[: expr.start])), default=0)
    before = text[max(sentence_start, expr.start - 120) : expr.start]
    days = [w for w in _LATIN_WORDS.findall(expr.text) if w.lower() in _WEEKDAYS]
    will = list(_WILL.finditer(before))
    if days and will and not _SAID.search(before[will[-1].end() :]):
        # "The NBP will publish the core figure on Thursday", in a Wednesday story: tomorrow; not
        # "X, which will build a plant, said on Monday".
        ahead = (_WEEKDAYS.index(days[0].lower()) - ref.weekday()) % 7 or 7
        first = ref + timedelta(days=ahead)
        return dataclasses.replace(expr, start_date=first, end_date=first, label=_label(first, first))
    would = list(_WOULD.finditer(before))
    told_on = [t.start_date for t in earlier if sentence_start <= t.start < expr.start and t.kind == "date" and t.start_date is not None]
    if days and would and told_on and expr.start_date < told_on[-1] and not _SAID.search(before[would[-1].end() :]):
        # "said on Tuesday the government ... would announce a decision by Friday": what it would do
        # comes after the day it was said, so the Friday after that Tuesday, not the one before it.
        ahead = (_WEEKDAYS.index(days[0].lower()) - told_on[-1].weekday()) % 7 or 7
        first = told_on[-1] + timedelta(days=ahead)
        return dataclasses.replace(expr, start_date=first, end_date=first, label=_label(first, first))
    if not any(_month_no(w) for w in _LATIN_WORDS.findall(expr.text)):
        return expr  # "on Tuesday" counts from the article's date already
    # When it was said is a day or a month ("In May, customs said ..."), not a year a figure is of
    # ("which had sales of 612 million francs last year, plans to open a boutique in March").
    said_at = [t.start_date for t in earlier if t.start >= sentence_start and t.start_date is not None and t.kind in ("date", "month", "week")]
    if not (_WILL.search(before) or _WOULD.search(before) or _SHOULD.search(before)):
        return expr
    ahead_at = max(m.end() for m in [*_WILL.finditer(before), *_WOULD.finditer(before), *_SHOULD.finditer(before)])
    if any(m.end() == ahead_at for m in _DID_AGREE_TO.finditer(before)):
        return expr  # "What did CNPC agree to pay in March?": the agreeing is past, in March gone by
    if _PAST_AFTER_WILL.search(before[ahead_at:]) or _MADE_KNOWN_BEFORE.search(before) or _TOLD_JUST_BEFORE.search(before):
        return expr  # "which will add 4 million TEU, and dredging work began in March": the month's own verb is past
    if said_at and all(d <= expr.start_date for d in said_at):
        return expr  # dated before what it announces: the same year reads right
    # "would raise prices by 9% from December 1, its second increase this year after a 5% rise in
    # June": a year named since the "would", and holding the month, is the month's.
    window = max(sentence_start, expr.start - 120) + ahead_at
    if any(t.kind == "year" and window <= t.start < expr.start and t.start_date and t.end_date
           and t.start_date <= expr.start_date <= t.end_date for t in earlier):
        return expr
    try:
        first = expr.start_date.replace(year=expr.start_date.year + 1)
    except ValueError:  # 29 February has no next-year twin
        return expr
    last = _a_year_later(expr.end_date) if expr.end_date else None
    if first <= ref or (first - ref).days > 366:
        return expr
    return dataclasses.replace(expr, start_date=first, end_date=last, label=(expr.label.rsplit(" ", 1)[0] + f" {first.year}")
                               if expr.label.endswith(str(expr.start_date.year)) else expr.label)
