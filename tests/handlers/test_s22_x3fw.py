"""Figures answered for another subject or period than asked, and questions the story does not
answer, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PRICES = """| 12 March 2025, Wednesday |

Ruritanian inflation cools again

Monthly inflation in Ruritania slowed to 2.1% in February from 2.9% in January, the statistics office said on Wednesday, as the impact of November's 22% devaluation of the crown faded.

Annual inflation eased to 84% from 97%.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the only figure dated to November is the devaluation, no month's inflation
    ("What was monthly inflation in November?", None),
    ("What was monthly inflation in February?", "2.1"),
    ("how big was the devaluation of the crown?", "22"),
])
def test_a_figure_dated_to_another_month_does_not_answer_the_month_asked(question: str, expected: str | None) -> None:
    expect(answered(_PRICES, question), expected)

