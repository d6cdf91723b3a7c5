"""Figure questions the article answers though the bot refused them, each kept as a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_EXPO = """| 12 June 2025, Thursday |

Timber traders flock to Tallinn

The Baltic Timber Expo, held from Tuesday to Thursday in Tallinn, drew 410 exhibitors from 14 countries, the organisers said. Last year's expo attracted 380 exhibitors.

Sawn timber exports from Estonia rose 6% in the first five months of 2025.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("How many exhibitors came to the expo this year?", "410"),
    ("how many exhibitors were at the expo this year", "410"),
    ("How many exhibitors did the expo draw last year?", "380"),
])
def test_a_gatherings_days_date_this_years_edition(question: str, expected: str) -> None:
    expect(answered(_EXPO, question), expected)


def test_a_gatherings_days_are_no_years_figure_of_a_measure() -> None:
    # the yearly exports are not told by a sentence of the expo's days
    expect(answered(_EXPO, "How much sawn timber did Estonia export this year?"), None)
