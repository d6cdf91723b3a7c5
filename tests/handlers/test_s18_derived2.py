"""Derived figures worked out of stated ones, each kept as a general rule over a small story:
a level joined to the year-earlier one past a comma, a sum restated in the currency its partner
is in, and a count "of them" as a share of the count before it."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 9 October 2024, Wednesday |

Dry port handles more trains

The number of freight trains passing through the Tarsk dry port rose to 3,420 between January and September, up from 2,980 in the same period last year, the operator said.

Exports of wool from the region reached 41.6 billion tenge ($86 million), up from $64 million a year earlier, the ministry said.

The port employs 2,500 people, about 700 of them foreign nationals, a spokesman said.
"""


def test_how_many_more_than_last_year_is_the_gap_joined_past_a_comma() -> None:
    expect(answered(_PORT, "how many more freight trains than last year"), "440")


def test_a_sum_restated_in_its_partners_currency_is_compared_in_it() -> None:
    expect(answered(_PORT, "by how many dollars did exports of wool rise from a year earlier?"), "22 million")


@pytest.mark.parametrize(("question", "expected"), [
    ("what % of the port's staff are foreign?", "28"),
    ("what share of the port's staff are foreign?", "28"),
])
def test_a_count_of_them_is_a_share_of_the_count_before_it(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


_AIRLINE = """| 6 November 2025, Thursday |

Carrier returns to profit

Net profit for July to September was 210 million euros, compared with a loss of 30 million euros a year earlier, the airline said.
"""


def test_a_loss_left_is_below_zero_in_the_change() -> None:
    expect(answered(_AIRLINE, "By how much did net profit rise from a year earlier?"), "240 million")


_DEFICIT = """| 20 November 2025, Thursday |

Trade gap narrows

On a seasonally adjusted basis, the country posted a trade deficit of 210.4 billion yen in October, narrowing from 350.6 billion yen in September.
"""


def test_the_level_a_loss_moved_from_is_a_loss_too() -> None:
    expect(answered(_DEFICIT, "how much did the seasonally adjusted deficit shrink from september"), "140.2")
