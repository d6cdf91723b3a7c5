"""The eval's grading: the shared format's rule, and the worked answers it cannot catch."""

from __future__ import annotations

import io
from typing import Any

import pytest

from bot.evaluate import ONLY_IN_WORKING, Report, Result, _check, print_report
from handlers import Answer


def _answer(text: str) -> Answer:
    return Answer(question="q", answered=True, intent="derived", text=text, confidence=0.7)


@pytest.mark.parametrize(
    ("text", "expect", "why"),
    [
        ("38 plants, approved last week.", [["38"]], ""),
        ("About 2,040, computed from the article: Rs 2,183 ÷ 1.07 (a 7% rise) = 2,040.", [["2040"]], ""),
        ("18 plants, computed from the article: 38 − 20 = 18 plants.", [["38"]], ONLY_IN_WORKING),
    ],
)
def test_a_figure_standing_only_in_the_working_passes_but_is_marked(text: str, expect: list[list[Any]], why: str) -> None:
    assert _check({"expect": expect}, _answer(text)) == (True, why)


def test_the_report_lists_answers_that_passed_only_through_their_working() -> None:
    worked = _answer("18 plants, computed from the article: 38 − 20 = 18 plants.")
    report = Report([Result("x-1", "figure", True, worked, ONLY_IN_WORKING, 0.001, False),
                     Result("x-2", "figure", True, _answer("38 plants."), "", 0.001, False)])
    out = io.StringIO()
    print_report(report, 10, out)
    lines = out.getvalue().splitlines()
    assert "passed only through the working shown (check the figure): 1" in lines
    assert [line.split(" ")[1] for line in lines if line.startswith("WORKING ")] == ["x-1"]
    assert any(line.startswith("total 2/2 ") for line in lines)
