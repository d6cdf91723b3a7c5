"""A stated range answers its lowest and its highest: "Fares range from A to B"."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

FERRY = """| 3 March 2025, Monday |

Ferry operator lifts fares as passenger numbers climb

A ferry operator in Bali said on Sunday that passenger numbers rose 9% to 1.3 million last year.

Fares range from 85,000 rupiah to 240,000 rupiah depending on the route, and the lowest fare will rise to 95,000 rupiah in July, chief executive Made Sutama said.

Cabin prices vary from 400,000 rupiah to 1.2 million rupiah a night, while the cheapest luggage fee is 20,000 rupiah.

Ticket revenue climbed 14% to 310 billion rupiah last year.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much are fares", "85,000 rupiah to 240,000"),
        # the low end now, not next July's lowest fare
        ("what is the cheapest fare", "85,000"),
        ("whats the most expensive fare", "240,000"),
        ("max fare?", "240,000"),
        ("what will the lowest fare be in july", "95,000"),
        # a level that is, not the one that will be in July
        ("what is the lowest fare", "85,000"),
        # the superlative spelt by its sound, not the nearest word of the article
        ("cheapist fare", "85,000"),
        ("cheapest cabin price", "400,000"),
        # the cabins' range is no luggage fee, and the cheapest fee is no highest
        ("what is the highest luggage fee", None),
    ],
)
def test_the_ends_of_a_stated_range_answer_its_extremes(question: str, expected: str | None) -> None:
    expect(answered(FERRY, question), expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a ticket's price is its fare; the takings from all tickets are no ticket's price
        ("how much is a ticket", "85,000"),
        ("how much does a ticket cost", "85,000"),
        ("whats the cheapest ticket", "85,000"),
        # a total asked is still the takings
        ("how much did tickets bring in", "310 billion"),
    ],
)
def test_the_price_of_one_ticket_is_a_fare_not_the_ticket_revenue(question: str, expected: str) -> None:
    expect(answered(FERRY, question), expected)
