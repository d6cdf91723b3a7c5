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
    ],
)
def test_a_figure_takes_the_time_of_its_own_clause(text: str, raw: str, period: str) -> None:
    assert _periods(text)[raw] == period
