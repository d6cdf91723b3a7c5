"""A word of the question the article says differently, kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MILL = """| 4 March 2025, Tuesday |

Balterra approves new paper mill

The board of Balterra Paper on Monday approved a 900 million euro investment in a new mill near Tampere, which will make 400,000 tonnes a year of packaging board.

Under an export licence, the company can ship no more than 20,000 tonnes a month of board to Norway.

Full-year revenue rose 6% to 2.1 billion euros.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a rate asked as 'annual' or 'monthly' is told as 'a year' or 'a month'
    ("whats the annual capacity of the new mill", "400,000"),
    ("whats the monthly cap on board for norway", "20,000"),
])
def test_a_rate_per_year_or_month_is_told_as_a_year_or_a_month(question: str, expected: str) -> None:
    expect(answered(_MILL, question), expected)


_STEPPE = """| 4 March 2025, Tuesday |

Herders count losses after harsh winter

The country has about 12.3 million head of livestock, more than five times its human population.

Meat exports rose 8% to 41,000 tonnes last year.
"""


def test_a_herd_is_the_livestock_counted() -> None:
    expect(answered(_STEPPE, "how big is the country's livestock herd?"), "12.3 million")
