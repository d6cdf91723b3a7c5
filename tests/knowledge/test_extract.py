"""knowledge.extract: which time expression a figure belongs to."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.dates import find_times
from knowledge.extract import figure_period
from knowledge.numbers import find_figures


def _periods(text: str) -> dict[str, str]:
    times = find_times(text, date(2025, 4, 17))
    figures = find_figures(text, [(t.start, t.end) for t in times])
    return {f.raw: (p.text if (p := figure_period(text, f, times, figures)) else "") for f in figures}


@pytest.mark.parametrize(
    ("text", "raw", "period"),
    [
        # February is the drop's: another figure, across a clause break, stands nearer to it.
        ("Full-time jobs climbed by 24,700 and part-time positions increased by 7,500, recovering part of a "
         "revised 57,500 drop in total employment in February.", "7,500", ""),
        ("Full-time jobs climbed by 24,700 and part-time positions increased by 7,500, recovering part of a "
         "revised 57,500 drop in total employment in February.", "57,500", "in February"),
        # No break between a rate and its level: March is both's.
        ("Exports rose 5% to $30 billion in March.", "5%", "in March"),
        # ", down 1.1%" is the same fact's change.
        ("In the first six months of the year, Chile produced 2.61 million tonnes of copper, down 1.1% from "
         "the same period last year.", "1.1%", "In the first six months of the year"),
        # "at the end of June" dates the level, even with "according to" after it.
        ("Some 38 vessels were waiting at the end of July, compared with 21 at the end of June, according to "
         "shipping data.", "21", "at the end of June"),
        # The year right after another figure, across "and", is that figure's.
        ("It sold 300 cars in 2024 and 500 cars in 2025.", "500", "in 2025"),
        ("It expects 25.2 million passengers this year, up from 24.6 million in 2024, and EBITDA of 410 million euros.",
         "410 million euros", ""),
        # The figure nearest the time owns it across the clause breaks after this one.
        ("Ship exports jumped 118.5% to $3.74 billion, as shipyards delivered 14 vessels, including 11 carriers "
         "ordered during a boom in 2022.", "118.5%", ""),
        # Past "while", a time that leads the next figure's clause is that figure's.
        ("Headcount fell by 1,845 in the quarter to 231,460, while attrition over the last twelve months rose to 13.6%.",
         "1,845", ""),
        ("Headcount fell by 1,845 in the quarter to 231,460, while attrition over the last twelve months rose to 13.6%.",
         "13.6%", "over the last twelve months"),
    ],
)
def test_a_figure_takes_the_time_of_its_own_clause(text: str, raw: str, period: str) -> None:
    assert _periods(text)[raw] == period


@pytest.mark.parametrize(
    ("body", "words", "start", "end"),
    [
        ("Profit fell in the second quarter. Its tax rate rose to 47% from 22% in the same quarter last year.",
         "in the same quarter last year", date(2024, 4, 1), date(2024, 6, 30)),
        ("It returned 4.6% in the first six months of the year. In the same period of 2024 it received 205 billion crowns.",
         "the same period of 2024", date(2024, 1, 1), date(2024, 6, 30)),
        # the latest quarter stated, not the month stated since
        ("Sales rose in the second quarter. Prices fell in May. Costs rose 3% from the same quarter last year.",
         "the same quarter last year", date(2024, 4, 1), date(2024, 6, 30)),
    ],
)
def test_the_same_period_is_the_one_just_stated_in_the_year_named(body: str, words: str, start: date, end: date) -> None:
    from knowledge.article import parse_article
    from knowledge.extract import extract

    facts = extract(parse_article(f"| 14 August 2025, Thursday |\n\nHeadline\n\n{body}\n"))
    same = [t for s in facts.sentences for t in s.times if "same" in t.text]
    assert [(t.text.removeprefix("from ").removeprefix("in "), t.start_date, t.end_date) for t in same] == [
        (words.removeprefix("in "), start, end)]
