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


_PORT = """| 14 January 2025, Tuesday |

Port traffic at a record

The port, the busiest on the coast, handled 30.5 million tonnes of cargo in 2024, up from 27.2 million tonnes a year earlier, the port authority said on Tuesday.

Transit cargo, mostly bound for inland neighbours, grew 6.1% to 9.4 million tonnes and made up 31% of total throughput, it said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a participle after its noun names the thing moved: an amount, no rise or fall
    ("What was the total tonnage moved through the port in 2024?", "30.5"),
    ("How much cargo was moved through the port in 2024?", "30.5"),
])
def test_a_thing_moved_through_a_place_is_an_amount(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)
