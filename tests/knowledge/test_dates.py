"""Time expressions: what is found, the exact words quoted, and what they resolve to."""

from __future__ import annotations

import time
from datetime import date, datetime
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.dates import MONTHS, find_times, month_span
from knowledge.models import TimeExpr

SEED = date(2023, 12, 9)  # the seed article's date, a Saturday
D = date


def only(text: str, ref: date | None = SEED) -> TimeExpr:
    found = find_times(text, ref)
    assert len(found) == 1, [(t.text, t.label) for t in found]
    return found[0]


def check(text: str, quoted: str, kind: str, start: date | None, end: date | None, label: str,
          ref: date | None = SEED) -> TimeExpr:  # fmt: skip
    t = only(text, ref)
    assert (t.text, t.kind, t.start_date, t.end_date, t.label) == (quoted, kind, start, end, label)
    assert text[t.start : t.end] == t.text
    return t


# --- weeks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("last week", D(2023, 11, 27), D(2023, 12, 3), "27 November – 3 December 2023"),
        ("this week", D(2023, 12, 4), D(2023, 12, 10), "4 – 10 December 2023"),
        ("next week", D(2023, 12, 11), D(2023, 12, 17), "11 – 17 December 2023"),
        ("earlier this week", D(2023, 12, 4), D(2023, 12, 9), "4 – 9 December 2023"),
        ("last weekend", D(2023, 12, 2), D(2023, 12, 3), "2 – 3 December 2023"),
        ("this weekend", D(2023, 12, 9), D(2023, 12, 10), "9 – 10 December 2023"),
    ],
)
def test_relative_weeks_are_monday_to_sunday(text: str, start: date, end: date, label: str) -> None:
    check(text, text, "week", start, end, label)


def test_week_crossing_new_year_labels_both_years() -> None:
    check("next week", "next week", "week", D(2024, 1, 1), D(2024, 1, 7), "1 – 7 January 2024",
          ref=D(2023, 12, 27))  # fmt: skip
    check("last week", "last week", "week", D(2023, 12, 25), D(2023, 12, 31),
          "25 – 31 December 2023", ref=D(2024, 1, 3))  # fmt: skip
    check("this week", "this week", "week", D(2023, 12, 25), D(2023, 12, 31),
          "25 – 31 December 2023", ref=D(2023, 12, 30))  # fmt: skip
    t = only("this week", D(2025, 1, 1))
    assert t.label == "30 December 2024 – 5 January 2025"


# --- months --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "anchor", "start", "end", "label"),
    [
        ("In March, a hub opened", "In March", "in", D(2023, 3, 1), D(2023, 3, 31), "March 2023"),
        ("In May, customs said", "In May", "in", D(2023, 5, 1), D(2023, 5, 31), "May 2023"),
        ("rose in December", "in December", "in", D(2023, 12, 1), D(2023, 12, 31), "December 2023"),
        ("what happened in october", "in october", "in", D(2023, 10, 1), D(2023, 10, 31),
         "October 2023"),
        ("what was trade in october?", "in october", "in", D(2023, 10, 1), D(2023, 10, 31),
         "October 2023"),
        ("January was cold", "January", "", D(2023, 1, 1), D(2023, 1, 31), "January 2023"),
        ("last March", "last March", "", D(2023, 3, 1), D(2023, 3, 31), "March 2023"),
        ("next March", "next March", "", D(2024, 3, 1), D(2024, 3, 31), "March 2024"),
        ("by Sept.", "by Sept", "by", D(2023, 9, 1), D(2023, 9, 30), "September 2023"),
        ("in Jan", "in Jan", "in", D(2023, 1, 1), D(2023, 1, 31), "January 2023"),
    ],
)  # fmt: skip
def test_bare_month_is_the_latest_not_after_the_article(
    text: str, quoted: str, anchor: str, start: date, end: date, label: str
) -> None:
    t = check(text, quoted, "month", start, end, label)
    assert t.anchor == anchor
    assert not t.open_end


def test_month_after_the_article_month_is_last_year() -> None:
    check("in October", "in October", "month", D(2022, 10, 1), D(2022, 10, 31), "October 2022",
          ref=D(2023, 6, 15))  # fmt: skip
    check("in June", "in June", "month", D(2023, 6, 1), D(2023, 6, 30), "June 2023",
          ref=D(2023, 6, 15))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quoted", "anchor", "start", "end", "label"),
    [
        ("February 2022", "February 2022", "", D(2022, 2, 1), D(2022, 2, 28), "February 2022"),
        ("in March of 2023", "in March of 2023", "in", D(2023, 3, 1), D(2023, 3, 31),
         "March 2023"),
        ("Feb. 2024 sales", "Feb. 2024", "", D(2024, 2, 1), D(2024, 2, 29), "February 2024"),
        ("in May 2022", "in May 2022", "in", D(2022, 5, 1), D(2022, 5, 31), "May 2022"),
        ("until June, 2024", "until June, 2024", "until", D(2024, 6, 1), D(2024, 6, 30),
         "June 2024"),
    ],
)  # fmt: skip
def test_month_with_year(
    text: str, quoted: str, anchor: str, start: date, end: date, label: str
) -> None:
    assert check(text, quoted, "month", start, end, label).anchor == anchor


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("earlier this month", D(2023, 12, 1), D(2023, 12, 9), "1 – 9 December 2023"),
        ("this month", D(2023, 12, 1), D(2023, 12, 31), "December 2023"),
        ("last month", D(2023, 11, 1), D(2023, 11, 30), "November 2023"),
        ("next month", D(2024, 1, 1), D(2024, 1, 31), "January 2024"),
        ("later this month", D(2023, 12, 9), D(2023, 12, 31), "9 – 31 December 2023"),
    ],
)
def test_relative_months(text: str, start: date, end: date, label: str) -> None:
    check(text, text, "month", start, end, label)


# --- open-ended ----------------------------------------------------------------------------


def test_from_month_is_open_ended_with_no_end() -> None:
    text = "to ship goods to Zhoushan from June, cutting costs"
    t = check(text, "from June", "month", D(2023, 6, 1), None, "from June 2023")
    assert (t.anchor, t.open_end) == ("from", True)


@pytest.mark.parametrize(
    ("text", "quoted", "kind", "start", "label"),
    [
        ("the highest since February 2022 when", "since February 2022", "month", D(2022, 2, 1),
         "since February 2022"),
        ("since 2020", "since 2020", "year", D(2020, 1, 1), "since 2020"),
        ("since Monday", "since Monday", "date", D(2023, 12, 4), "since 4 December 2023"),
    ],
)  # fmt: skip
def test_since_runs_to_the_article_date(
    text: str, quoted: str, kind: str, start: date, label: str
) -> None:
    t = check(text, quoted, kind, start, SEED, label)
    assert (t.anchor, t.open_end) == ("since", True)


def test_from_without_article_date_is_open_but_unresolved() -> None:
    t = check("from June", "from June", "month", None, None, "", ref=None)
    assert (t.anchor, t.open_end) == ("from", True)


# --- month ranges, halves, quarters --------------------------------------------------------

JAN_SEP = (D(2023, 1, 1), D(2023, 9, 30), "January – September 2023")


@pytest.mark.parametrize(
    ("text", "quoted", "anchor"),
    [
        ("In January to September, 40 firms", "In January to September", "in"),
        ("in the first nine months from", "in the first nine months", "in"),
        ("the first 9 months", "the first 9 months", ""),
        ("January-September", "January-September", ""),
        ("January–September", "January–September", ""),
        ("between January and September", "between January and September", "between"),
        ("Jan-Sept trade", "Jan-Sept", ""),
        ("Jan.-Sept. trade", "Jan.-Sept", ""),
        ("in the first three quarters", "in the first three quarters", "in"),
        ("in the first nine months of the year", "in the first nine months of the year", "in"),
        ("in the first nine months of 2023", "in the first nine months of 2023", "in"),
    ],
)
def test_january_to_september(text: str, quoted: str, anchor: str) -> None:
    t = check(text, quoted, "range", *JAN_SEP)
    assert (t.anchor, t.open_end) == (anchor, False)


@pytest.mark.parametrize(
    ("text", "quoted", "kind", "start", "end", "label"),
    [
        ("from January through March", "from January through March", "range", D(2023, 1, 1),
         D(2023, 3, 31), "January – March 2023"),
        ("January to March 2022", "January to March 2022", "range", D(2022, 1, 1),
         D(2022, 3, 31), "January – March 2022"),
        ("November to February", "November to February", "range", D(2022, 11, 1),
         D(2023, 2, 28), "November 2022 – February 2023"),
        ("first half", "first half", "range", D(2023, 1, 1), D(2023, 6, 30),
         "January – June 2023"),
        ("in H1", "in H1", "range", D(2023, 1, 1), D(2023, 6, 30), "January – June 2023"),
        ("the second half", "the second half", "range", D(2023, 7, 1), D(2023, 12, 31),
         "July – December 2023"),
        ("H2 2022", "H2 2022", "range", D(2022, 7, 1), D(2022, 12, 31), "July – December 2022"),
        ("the first half of last year", "the first half of last year", "range", D(2022, 1, 1),
         D(2022, 6, 30), "January – June 2022"),
        ("in the first quarter", "in the first quarter", "quarter", D(2023, 1, 1),
         D(2023, 3, 31), "January – March 2023"),
        ("Q3", "Q3", "quarter", D(2023, 7, 1), D(2023, 9, 30), "July – September 2023"),
        ("trade in Q3 2023?", "in Q3 2023", "quarter", D(2023, 7, 1), D(2023, 9, 30),
         "July – September 2023"),
        ("in the third quarter of 2022", "in the third quarter of 2022", "quarter",
         D(2022, 7, 1), D(2022, 9, 30), "July – September 2022"),
        ("fourth-quarter profit", "fourth-quarter", "quarter", D(2023, 10, 1), D(2023, 12, 31),
         "October – December 2023"),
        ("Q4'22", "Q4'22", "quarter", D(2022, 10, 1), D(2022, 12, 31),
         "October – December 2022"),
        ("last quarter", "last quarter", "quarter", D(2023, 7, 1), D(2023, 9, 30),
         "July – September 2023"),
        ("this quarter", "this quarter", "quarter", D(2023, 10, 1), D(2023, 12, 31),
         "October – December 2023"),
        ("the last three months of 2022", "the last three months of 2022", "range",
         D(2022, 10, 1), D(2022, 12, 31), "October – December 2022"),
    ],
)  # fmt: skip
def test_ranges_halves_and_quarters(
    text: str, quoted: str, kind: str, start: date, end: date, label: str
) -> None:
    check(text, quoted, kind, start, end, label)


def test_range_year_follows_the_end_month() -> None:
    # said in June 2023: the latest "third quarter" that has begun is 2022's
    check("Q3", "Q3", "quarter", D(2022, 7, 1), D(2022, 9, 30), "July – September 2022",
          ref=D(2023, 6, 1))  # fmt: skip
    check("the first half", "the first half", "range", D(2023, 1, 1), D(2023, 6, 30),
          "January – June 2023", ref=D(2023, 6, 1))  # fmt: skip


def test_a_list_of_months_is_not_a_range() -> None:
    found = find_times("in January and March", SEED)
    assert [(t.text, t.label) for t in found] == [
        ("in January", "January 2023"),
        ("March", "March 2023"),
    ]


# --- weekdays and days ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "anchor", "day"),
    [
        ("reported on Monday.", "on Monday", "on", D(2023, 12, 4)),
        ("Monday", "Monday", "", D(2023, 12, 4)),
        ("on Saturday", "on Saturday", "on", D(2023, 12, 9)),
        ("on Sunday", "on Sunday", "on", D(2023, 12, 3)),
        ("last Saturday", "last Saturday", "", D(2023, 12, 2)),
        ("next Monday", "next Monday", "", D(2023, 12, 11)),
        ("employers set talks for Friday", "for Friday", "for", D(2023, 12, 15)),  # what is set for a day is ahead
        ("the index rose 1% for Monday's session", "for Monday", "for", D(2023, 12, 4)),
        ("yesterday", "yesterday", "", D(2023, 12, 8)),
        ("today", "today", "", D(2023, 12, 9)),
        ("by tomorrow", "by tomorrow", "by", D(2023, 12, 10)),
        ("3 days ago", "3 days ago", "", D(2023, 12, 6)),
    ],
)
def test_weekdays_and_days(text: str, quoted: str, anchor: str, day: date) -> None:
    from knowledge.dates import _day

    t = check(text, quoted, "date", day, day, _day(day))
    assert t.anchor == anchor


# --- years ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "start", "end", "label"),
    [
        ("last year", "last year", D(2022, 1, 1), D(2022, 12, 31), "2022"),
        ("this year", "this year", D(2023, 1, 1), D(2023, 12, 31), "2023"),
        ("next year", "next year", D(2024, 1, 1), D(2024, 12, 31), "2024"),
        ("earlier this year", "earlier this year", D(2023, 1, 1), SEED,
         "1 January – 9 December 2023"),
        ("later this year", "later this year", SEED, D(2023, 12, 31), "9 – 31 December 2023"),
        ("in 2022", "in 2022", D(2022, 1, 1), D(2022, 12, 31), "2022"),
        ("2021", "2021", D(2021, 1, 1), D(2021, 12, 31), "2021"),
        ("by 2030", "by 2030", D(2030, 1, 1), D(2030, 12, 31), "2030"),
        ("the 2022 harvest", "2022", D(2022, 1, 1), D(2022, 12, 31), "2022"),
        ("two years ago", "two years ago", D(2021, 1, 1), D(2021, 12, 31), "2021"),
        ("by the end of 2030", "by the end of 2030", D(2030, 1, 1), D(2030, 12, 31), "2030"),
        ("in mid-2024", "in mid-2024", D(2024, 1, 1), D(2024, 12, 31), "2024"),
    ],
)  # fmt: skip
def test_years(text: str, quoted: str, start: date, end: date, label: str) -> None:
    check(text, quoted, "year", start, end, label)


@pytest.mark.parametrize(
    "text",
    ["2,022 people", "2022 tonnes", "$2022", "2022.5", "2022%", "€2022", "2022 per cent",
     "12,2022", "US$ 2022", "1899", "2101", "20223"],
)  # fmt: skip
def test_amounts_are_not_years(text: str) -> None:
    assert find_times(text, SEED) == []


def test_year_inside_a_full_date_is_not_repeated() -> None:
    assert [t.text for t in find_times("on 9 December 2023, in 2023", SEED)] == [
        "on 9 December 2023",
        "in 2023",
    ]


@pytest.mark.parametrize(
    ("text", "quoted", "start", "end", "label"),
    [
        ("from 2020 to 2022", "from 2020 to 2022", D(2020, 1, 1), D(2022, 12, 31),
         "2020 – 2022"),
        ("between 2019 and 2021", "between 2019 and 2021", D(2019, 1, 1), D(2021, 12, 31),
         "2019 – 2021"),
        ("the 2022-23 season", "2022-23", D(2022, 1, 1), D(2023, 12, 31), "2022 – 2023"),
        ("in the 1990s", "in the 1990s", D(1990, 1, 1), D(1999, 12, 31), "1990 – 1999"),
    ],
)  # fmt: skip
def test_year_ranges(text: str, quoted: str, start: date, end: date, label: str) -> None:
    t = check(text, quoted, "range", start, end, label)
    assert not t.open_end


# --- rolling and "ago" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "label"),
    [
        ("in the past 3 months", "range", D(2023, 9, 10), SEED, "10 September – 9 December 2023"),
        ("in the last six months", "range", D(2023, 6, 10), SEED, "10 June – 9 December 2023"),
        ("over the past week", "range", D(2023, 12, 3), SEED, "3 – 9 December 2023"),
        ("the past year", "range", D(2022, 12, 10), SEED, "10 December 2022 – 9 December 2023"),
        ("the last 12 months", "range", D(2022, 12, 10), SEED,
         "10 December 2022 – 9 December 2023"),
        ("two weeks ago", "week", D(2023, 11, 20), D(2023, 11, 26), "20 – 26 November 2023"),
        ("three months ago", "month", D(2023, 9, 1), D(2023, 9, 30), "September 2023"),
    ],
)  # fmt: skip
def test_rolling_periods(text: str, kind: str, start: date, end: date, label: str) -> None:
    check(text, text, kind, start, end, label)


# --- full dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "day"),
    [
        ("9 December 2023", "9 December 2023", SEED),
        ("December 9, 2023", "December 9, 2023", SEED),
        ("on Dec. 9 the firm", "on Dec. 9", SEED),
        ("9 Dec", "9 Dec", SEED),
        ("2023-12-09", "2023-12-09", SEED),
        ("on Dec 4", "on Dec 4", D(2023, 12, 4)),
        ("the 4th of December", "the 4th of December", D(2023, 12, 4)),
        ("Sept. 30, 2022", "Sept. 30, 2022", D(2022, 9, 30)),
        ("20 March", "20 March", D(2023, 3, 20)),
        ("on 15 December", "on 15 December", D(2023, 12, 15)),
        ("on 15 January", "on 15 January", D(2023, 1, 15)),
        ("29 February 2024", "29 February 2024", D(2024, 2, 29)),
    ],
)
def test_full_dates(text: str, quoted: str, day: date) -> None:
    from knowledge.dates import _day

    check(text, quoted, "date", day, day, _day(day))


def test_impossible_day_is_not_a_date() -> None:
    assert all(t.kind != "date" for t in find_times("31 February 2023", SEED))
    assert find_times("2023-13-45", SEED) == [] or all(
        t.kind != "date" for t in find_times("2023-13-45", SEED)
    )


def test_day_ranges() -> None:
    check("1-9 December", "1-9 December", "range", D(2023, 12, 1), SEED, "1 – 9 December 2023")
    check("December 4–8, 2023", "December 4–8, 2023", "range", D(2023, 12, 4),
          D(2023, 12, 8), "4 – 8 December 2023")  # fmt: skip


# --- comparisons ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "anchor"),
    [
        ("up 82.3% from a year earlier to", "from a year earlier", "from"),
        ("a year earlier", "a year earlier", ""),
        ("rose 5% year-on-year", "year-on-year", ""),
        ("rose 5% year on year", "year on year", ""),
        ("up 3% y/y", "y/y", ""),
        ("compared with the same period last year", "the same period last year", ""),
        ("month-on-month", "month-on-month", ""),
    ],
)
def test_comparisons_have_no_interval(text: str, quoted: str, anchor: str) -> None:
    t = check(text, quoted, "relative", None, None, "")
    assert (t.anchor, t.open_end) == (anchor, False)


def test_a_year_ago_is_relative_but_resolves_to_last_year() -> None:
    check("a year ago", "a year ago", "relative", D(2022, 1, 1), D(2022, 12, 31), "2022")
    check("a year ago", "a year ago", "relative", None, None, "", ref=None)


# --- without an article date ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "label"),
    [
        ("9 December 2023", "date", SEED, SEED, "9 December 2023"),
        ("February 2022", "month", D(2022, 2, 1), D(2022, 2, 28), "February 2022"),
        ("Q3 2023", "quarter", D(2023, 7, 1), D(2023, 9, 30), "July – September 2023"),
        ("2021", "year", D(2021, 1, 1), D(2021, 12, 31), "2021"),
        ("January to March 2022", "range", D(2022, 1, 1), D(2022, 3, 31), "January – March 2022"),
        ("last week", "week", None, None, ""),
        ("In March", "month", None, None, ""),
        ("Q3", "quarter", None, None, ""),
        ("on Monday", "date", None, None, ""),
        ("earlier this month", "month", None, None, ""),
        ("in the first nine months", "range", None, None, ""),
        ("9 Dec", "date", None, None, ""),
        ("yesterday", "date", None, None, ""),
    ],
)  # fmt: skip
def test_only_absolute_expressions_resolve_without_article_date(
    text: str, kind: str, start: date | None, end: date | None, label: str
) -> None:
    check(text, text, kind, start, end, label, ref=None)


def test_datetime_article_date_is_accepted() -> None:
    assert only("last week", datetime(2023, 12, 9, 15, 30)).start_date == D(2023, 11, 27)


# --- questions and case --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "quoted", "label"),
    [
        ("what happened in october", "in october", "October 2023"),
        ("WHAT HAPPENED LAST WEEK?", "LAST WEEK", "27 November – 3 December 2023"),
        ("trade in Q3 2023?", "in Q3 2023", "July – September 2023"),
        ("trade in q3?", "in q3", "July – September 2023"),
        ("exports jan-sept?", "jan-sept", "January – September 2023"),
        ("what did xi say in september", "in september", "September 2023"),
        ("how much in the first half of 2022", "in the first half of 2022",
         "January – June 2022"),
    ],
)  # fmt: skip
def test_questions(question: str, quoted: str, label: str) -> None:
    t = only(question)
    assert (t.text, t.label) == (quoted, label)


@pytest.mark.parametrize(
    "text",
    ["prices may rise", "protesters march on the capital", "Theresa May said", "Jan Smith said",
     "the august body", "what was the trade figure", "55 containers", "almost 800 firms",
     "$21.18 billion", "82.3%", "42.64 billion yuan", "Mayor", "Marching", "decision-making"],
)  # fmt: skip
def test_no_false_positives(text: str) -> None:
    assert find_times(text, SEED) == []


# --- the seed article ----------------------------------------------------------------------

SEED_EXPECTED = {
    ("last week", "week", D(2023, 11, 27), D(2023, 12, 3)),
    ("last year", "year", D(2022, 1, 1), D(2022, 12, 31)),
    ("In January to September", "range", D(2023, 1, 1), D(2023, 9, 30)),
    ("on Monday", "date", D(2023, 12, 4), D(2023, 12, 4)),
    ("in the first nine months", "range", D(2023, 1, 1), D(2023, 9, 30)),
    ("from a year earlier", "relative", None, None),
    ("In March", "month", D(2023, 3, 1), D(2023, 3, 31)),
    ("In May", "month", D(2023, 5, 1), D(2023, 5, 31)),
    ("from June", "month", D(2023, 6, 1), None),
    ("in September", "month", D(2023, 9, 1), D(2023, 9, 30)),
    ("In September", "month", D(2023, 9, 1), D(2023, 9, 30)),
    ("since February 2022", "month", D(2022, 2, 1), SEED),
    ("earlier this month", "month", D(2023, 12, 1), SEED),
}


def _seed_paragraphs() -> list[str]:
    raw = resources.files("knowledge").joinpath("data/seed.txt").read_text(encoding="utf-8")
    return [p.strip() for p in raw.split("\n\n") if p.strip()]


def test_seed_article_expressions_exactly() -> None:
    found = []
    for para in _seed_paragraphs():
        if para.startswith("|"):  # the dateline is metadata, checked separately
            continue
        for t in find_times(para, SEED):
            assert para[t.start : t.end] == t.text
            found.append((t.text, t.kind, t.start_date, t.end_date))
    assert len(found) == len(SEED_EXPECTED)
    assert set(found) == SEED_EXPECTED


def test_seed_dateline_resolves_to_the_article_date() -> None:
    dateline = _seed_paragraphs()[0]
    assert [(t.text, t.start_date) for t in find_times(dateline, SEED)] == [
        ("9 December 2023", SEED),
        ("Saturday", SEED),
    ]


def test_seed_labels_and_anchors() -> None:
    by_text = {
        t.text: t for p in _seed_paragraphs()[1:] for t in find_times(p, SEED)
    }
    assert {k: (v.anchor, v.label, v.open_end) for k, v in by_text.items()} == {
        "last week": ("", "27 November – 3 December 2023", False),
        "last year": ("", "2022", False),
        "In January to September": ("in", "January – September 2023", False),
        "on Monday": ("on", "4 December 2023", False),
        "in the first nine months": ("in", "January – September 2023", False),
        "from a year earlier": ("from", "", False),
        "In March": ("in", "March 2023", False),
        "In May": ("in", "May 2023", False),
        "from June": ("from", "from June 2023", True),
        "in September": ("in", "September 2023", False),
        "In September": ("in", "September 2023", False),
        "since February 2022": ("since", "since February 2022", True),
        "earlier this month": ("", "1 – 9 December 2023", False),
    }


# --- other news styles ---------------------------------------------------------------------


def test_ap_style_sentence() -> None:
    text = "On Tuesday, Dec. 5, the company said third-quarter sales rose 4% from a year earlier."
    assert [(t.text, t.kind, t.label) for t in find_times(text, D(2023, 12, 7))] == [
        ("On Tuesday", "date", "5 December 2023"),
        ("Dec. 5", "date", "5 December 2023"),
        ("third-quarter", "quarter", "July – September 2023"),
        ("from a year earlier", "relative", ""),
    ]


def test_undated_wire_copy() -> None:
    text = "Output fell in 2022 and is expected to recover by the end of 2024, it said on Friday."
    assert [(t.text, t.label) for t in find_times(text, None)] == [
        ("in 2022", "2022"),
        ("by the end of 2024", "2024"),
        ("on Friday", ""),
    ]


# --- exports -------------------------------------------------------------------------------


def test_months_table() -> None:
    assert MONTHS["january"] == 1 and MONTHS["jan"] == 1
    assert MONTHS["sept"] == 9 and MONTHS["sep"] == 9 and MONTHS["september"] == 9
    assert MONTHS["may"] == 5 and MONTHS["dec"] == 12
    assert all(k == k.lower() for k in MONTHS)
    assert sorted(set(MONTHS.values())) == list(range(1, 13))


@pytest.mark.parametrize(
    ("year", "month", "span"),
    [
        (2023, 2, (D(2023, 2, 1), D(2023, 2, 28))),
        (2024, 2, (D(2024, 2, 1), D(2024, 2, 29))),
        (2023, 12, (D(2023, 12, 1), D(2023, 12, 31))),
        (2023, 9, (D(2023, 9, 1), D(2023, 9, 30))),
    ],
)
def test_month_span(year: int, month: int, span: tuple[date, date]) -> None:
    assert month_span(year, month) == span


# --- robustness ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00", "\x00in March\x00", "🙂" * 50, "😀 last week 😀", "in\u00a0March",
     "x" * 100_000, ("In March 2022, " * 7000)[:100_000], "9" * 100_000, " " * 100_000,
     "May " * 25_000, "-" * 100_000, "Q" * 100_000, "the " * 25_000, "1 - " * 25_000,
     "Deceſber 9", "\u212aing", "٢٠٢٢", "in ٢٠٢٢", "\ud800"],
)  # fmt: skip
def test_garbage_does_not_raise(text: str) -> None:
    for ref in (SEED, None, date.min, date.max):
        found = find_times(text, ref)
        assert isinstance(found, list)
        assert all(text[t.start : t.end] == t.text for t in found)


def test_non_string_input_returns_empty() -> None:
    assert find_times(None, SEED) == []  # type: ignore[arg-type]
    assert find_times(b"in March", SEED) == []  # type: ignore[arg-type]
    assert find_times("in March", "2023-12-09")[0].start_date is None  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=4),
            st.sampled_from(
                ["in ", "March ", "last ", "week", " 2022", "Q3", "-", "to ", "the ", "first ",
                 "nine ", "months", "9 ", "Dec. ", ",", "from ", "since ", "year", "ago", "%"]
            ),
        ),
        max_size=30,
    ).map("".join),
    st.one_of(st.none(), st.dates()),
)  # fmt: skip
def test_offsets_round_trip_and_do_not_overlap(text: str, ref: date | None) -> None:
    found = find_times(text, ref)
    last = -1
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.start >= last
        last = t.end
        assert (t.start_date is None) == (t.label == "") or t.open_end
        if t.start_date and t.end_date:
            assert t.start_date <= t.end_date


def test_offsets_round_trip_in_a_long_paragraph() -> None:
    para = " ".join(_seed_paragraphs()[1:])
    found = find_times(para, SEED)
    assert len(found) == len(SEED_EXPECTED)
    assert all(para[t.start : t.end] == t.text for t in found)


def test_short_question_is_fast() -> None:
    question = "what was trade in the first nine months of 2023?"
    find_times(question, SEED)
    n = 2000
    t0 = time.perf_counter()
    for _ in range(n):
        find_times(question, SEED)
    per_call = (time.perf_counter() - t0) / n
    assert per_call < 500e-6  # generous for CI noise; typically ~25 µs


def test_previous_period_is_a_comparison_but_previous_n_is_rolling() -> None:
    check("the previous week", "the previous week", "relative", None, None, "")
    check("in the previous 12 months", "in the previous 12 months", "range", D(2022, 12, 10),
          SEED, "10 December 2022 – 9 December 2023")  # fmt: skip


def test_slashed_dates_leave_no_stray_year() -> None:
    assert find_times("on 12/09/2023", SEED) == []


@pytest.mark.parametrize(
    ("text", "quoted", "anchor"),
    [
        ("as of June 30", "as of June 30", "as of"),
        ("at the end of March", "at the end of March", "at"),
        ("The begin March", "March", ""),  # "in" inside "begin" is not a preposition
    ],
)
def test_governing_words(text: str, quoted: str, anchor: str) -> None:
    t = only(text)
    assert (t.text, t.anchor) == (quoted, anchor)


@pytest.mark.parametrize(
    ("sentence", "article_date", "label"),
    [
        ("The committee will next meet in October.", date(2025, 8, 6), "October 2025"),
        ("The ministers said they would meet again on 2 February.", date(2024, 12, 2), "2 February 2025"),
        ("OPEC+ agreed on Sunday to reduce output by 500,000 bpd from January.", date(2024, 12, 2), "from January 2025"),
        # Dated saying before the month it announces: the same year.
        ("In May, customs said Jilin would be able to use Vladivostok from June.", date(2023, 12, 9), "from June 2023"),
        ("On Monday, the ministry said exports fell in October.", date(2024, 12, 2), "October 2024"),
        ("She expects inflation to jump to about 3.6% in January.", date(2025, 10, 15), "January 2026"),
        ("Analysts had expected exports to fall in March.", date(2025, 10, 15), "March 2025"),
        ("He expects India's palm oil imports to rise in November.", date(2025, 9, 17), "November 2025"),
        ("The new dividend is payable on Dec. 15 to shareholders of record.", date(2025, 10, 22), "15 December 2025"),
        # The month still running is this one, not next year's.
        ("He expects imports to rise to 800,000 tons from 550,000 tons in September.", date(2025, 9, 17), "September 2025"),
        # Waiting "until" a day: the day ahead; waiting in the past stays in the past.
        ("Some buyers are holding off until the government's Budget on November 26.", date(2025, 10, 2), "26 November 2025"),
        ("Buyers held off until the Budget on November 26.", date(2025, 10, 2), "26 November 2024"),
        # A passive infinitive is still to happen: loans "to be disbursed from May", said in April.
        ("The cabinet approved loans for growers, to be disbursed by the state bank from May.", date(2025, 4, 9), "from May 2025"),
        ("The loans were disbursed by the state bank from May.", date(2025, 4, 9), "from May 2024"),
    ],
)
def test_a_month_still_to_come_is_the_next_one(sentence: str, article_date: date, label: str) -> None:
    assert find_times(sentence, article_date)[-1].label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The NBP will publish the official core figure on Thursday.", "16 October 2025"),  # a Wednesday story
        ("Hengtai, which will build a plant, said on Monday it was ready.", "13 October 2025"),  # the saying is past
        ("Shares rose on Tuesday.", "14 October 2025"),
    ],
)
def test_a_weekday_still_to_come_is_the_next_one(sentence: str, label: str) -> None:
    assert find_times(sentence, date(2025, 10, 15))[-1].label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The deal is expected to be completed by the end of the year.", "December 2024"),
        ("Rates should fall by year-end.", "December 2024"),
        ("by the end of next year", "December 2025"),
    ],
)
def test_the_end_of_the_year_is_its_december(text: str, label: str) -> None:
    assert find_times(text, date(2024, 6, 12))[0].label == label


def test_a_leap_day_still_to_come_keeps_its_own_year() -> None:
    # 29 February 2025 does not exist: the date stays as read rather than failing the ingest.
    assert find_times("They will meet on 29 February.", date(2024, 3, 5))[0].label == "29 February 2024"


def test_an_extension_by_months_is_no_period() -> None:
    found = find_times("It extended the curbs by six months to the end of March 2026.", SEED)
    assert [t.text for t in found] == ["the end of March 2026"]
    assert only("Exports fell in the three months to March.").label != ""


def test_an_elided_quarter_takes_the_unit_and_year_of_the_one_before() -> None:
    found = find_times("The fund lost 3.1% in the first quarter of 2025 before gaining 7.9% in the second.", SEED)
    assert [(t.text, t.start_date, t.end_date) for t in found] == [
        ("in the first quarter of 2025", D(2025, 1, 1), D(2025, 3, 31)),
        ("in the second", D(2025, 4, 1), D(2025, 6, 30)),
    ]
    assert find_times("He came in the second.", SEED) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("for 30 billion yen between Oct. 10 and Feb. 27 next year", date(2025, 10, 10), date(2026, 2, 27)),
        ("from March 3 to April 5", date(2025, 3, 3), date(2025, 4, 5)),
        ("between January 10 and March 3, 2024", date(2024, 1, 10), date(2024, 3, 3)),
    ],
)
def test_a_span_between_two_days_of_different_months(text: str, start: date, end: date) -> None:
    (t,) = find_times(text, date(2025, 10, 10))
    assert (t.start_date, t.end_date) == (start, end)


def test_two_days_joined_by_and_without_between_are_two_dates() -> None:
    assert len(find_times("rose 5% on Oct. 10 and 3% on Nov. 2", date(2025, 11, 10))) == 2


@pytest.mark.parametrize("text", ["lost 11.3% since the start of the year", "gained 14% so far this year", "year-to-date sales rose 3%"])
def test_the_year_so_far_runs_from_january_to_the_articles_day(text: str) -> None:
    (t,) = find_times(text, date(2025, 9, 24))
    assert (t.start_date, t.end_date) == (date(2025, 1, 1), date(2025, 9, 24))


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        ("exports in April-August last year", "in April-August last year", date(2024, 4, 1), date(2024, 8, 31)),
        ("between April and August last year", "between April and August last year", date(2024, 4, 1), date(2024, 8, 31)),
        ("output in January-June of 2023", "in January-June of 2023", date(2023, 1, 1), date(2023, 6, 30)),
        ("exports in April-August", "in April-August", date(2025, 4, 1), date(2025, 8, 31)),
    ],
)
def test_months_take_the_year_said_after_them(text: str, words: str, start: date, end: date) -> None:
    found = find_times(text, date(2025, 9, 18))
    assert [(t.text, t.start_date, t.end_date) for t in found] == [(words, start, end)]


def test_a_year_since_or_until_is_no_months_year() -> None:
    # "the first surplus for October since 2022": this October, and a span since 2022
    found = find_times("It was the first surplus for the month of October since 2022.", date(2025, 11, 20))
    assert [(t.text, t.start_date) for t in found] == [("October", date(2025, 10, 1)), ("since 2022", date(2022, 1, 1))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("asean exports growth sept", ["sept"]),  # an abbreviation no other word spells
        ("cpi oct?", ["oct"]),
        ("Jan said the deal was done", []),  # "Jan" may be a person
        ("may exports rise", []),  # "may" is a verb
    ],
)
def test_a_bare_month_abbreviation_is_a_month_when_nothing_else_spells_it(text: str, found: list[str]) -> None:
    assert [t.text for t in find_times(text, date(2025, 10, 1))] == found


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        ("crushed 38.6 million tonnes in the first half of October", "in the first half of October", date(2025, 10, 1), date(2025, 10, 15)),
        ("in the second half of September", "in the second half of September", date(2025, 9, 16), date(2025, 9, 30)),
        ("the last two weeks of October 2024", "the last two weeks of October 2024", date(2024, 10, 16), date(2024, 10, 31)),
        ("in the first half", "in the first half", date(2025, 1, 1), date(2025, 6, 30)),  # of the year, as ever
    ],
)
def test_the_half_of_a_month_is_its_days(text: str, words: str, start: date, end: date) -> None:
    assert [(t.text, t.start_date, t.end_date) for t in find_times(text, date(2025, 10, 23))] == [(words, start, end)]


@pytest.mark.parametrize(("text", "year"), [("aims to reach 85 aircraft by the end of the decade", 2030), ("until the end of this decade", 2030)])
def test_the_end_of_the_decade_is_the_year_news_means(text: str, year: int) -> None:
    (t,) = find_times(text, date(2025, 11, 19))
    assert (t.start_date, t.end_date) == (date(year, 1, 1), date(year, 12, 31))


def test_a_level_at_the_start_of_the_year_is_its_first_day() -> None:
    # "since the start of the year" runs to the article's day; "at the start of the year" is a day
    (t,) = find_times("from 19,742 billion at the start of the year", date(2025, 8, 13))
    assert (t.start_date, t.end_date) == (date(2025, 1, 1), date(2025, 1, 1))


def test_a_month_planned_is_the_next_one_whatever_year_an_aside_names() -> None:
    # "which had sales ... last year" is no date of the saying: the March planned is next March
    text = "Maison Vautrin, which had sales of 612 million francs last year, plans to open a flagship boutique in Shanghai in March."
    march = [t for t in find_times(text, date(2025, 11, 20)) if t.text == "in March"]
    assert march and march[0].start_date == date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("shipped 14.2 million tonnes in the March quarter", date(2025, 1, 1), date(2025, 3, 31)),
        ("from US$101.80 in the December quarter", date(2024, 10, 1), date(2024, 12, 31)),
        ("output in the September quarter of 2024", date(2024, 7, 1), date(2024, 9, 30)),
    ],
)
def test_a_quarter_named_by_its_last_month(text: str, start: date, end: date) -> None:
    found = find_times(text, date(2025, 4, 23))
    assert [(t.kind, t.start_date, t.end_date) for t in found] == [("quarter", start, end)]
