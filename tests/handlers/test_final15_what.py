"""What / which questions and derived figures of the fifteenth session's sealed articles."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA = """| 3 March 2025, Monday |

Kenya's tea earnings hit record

Kenya earned a record $1.5 billion from tea exports last year, up 25% from a year earlier, the tea board said on Monday.

Tea accounted for 30% of the country's export earnings, up from 28% in the previous year.
"""


def test_money_a_year_before_is_not_a_share_stated_then() -> None:
    # "up from 28% in the previous year" is a share of earnings, not what the exports earned
    reply = answered(_TEA, "How much did tea exports bring in the year before?")
    expect(reply, "$1.20 billion")
