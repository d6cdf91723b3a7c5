"""Figures the article states that the bot had refused: each kept as a general rule over a small
made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_NICKEL = """| 4 June 2025, Wednesday |

Indonesian nickel exports climb

Nickel ore exports via the port of Morowali rose 12% to 3.4 million tonnes in the first five months, earning 21.7 trillion rupiah ($1.33 billion), the trade ministry said on Tuesday.

Indonesia's total trade with Japan reached $9.8 billion in the same period, the statistics office said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what were the nickel exports worth in local currency", "21.7 trillion rupiah"),
    ("how much were nickel ore exports worth in the local currency?", "21.7 trillion rupiah"),
    # the trade with Japan is told in dollars only: no local amount to give
    ("what was indonesia's trade with japan worth in local currency", None),
])
def test_local_currency_asks_the_articles_own_currency(question: str, expected: str | None) -> None:
    expect(answered(_NICKEL, question), expected)
