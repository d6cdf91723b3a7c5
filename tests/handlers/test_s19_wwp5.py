"""When, where and who rules met on the 19th session's held-out sets, each over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_DEAL = """| 16 January 2025, Thursday |

Utility signs gas deal with Danish buyer

On Tuesday, state utility Nordgas signed a five-year agreement in Copenhagen with Denmark's Orsted to supply 2 bcm a year from May, its first contract with a Danish buyer.

In March last year, Nordgas signed a deal with Sweden's Vattenfall to deliver 1 bcm a year from June.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # what a deal signed in January binds one to do "from May" is the May to come, not last year's
    ("When will deliveries to Orsted begin?", "May 2025"),
    # a deal dated before its month keeps that month's year
    ("When did deliveries to Vattenfall begin?", "June 2024"),
])
def test_a_month_a_deal_binds_one_to_is_still_to_come(question: str, expected: str) -> None:
    expect(answered(_DEAL, question), expected)
