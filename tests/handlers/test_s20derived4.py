"""Derived figures over a small story: a total shared out over a count of things whose name
holds digits, as aircraft and other models' names do."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_ORDER = """| 3 March 2025, Monday |

Tasman Air orders new jets

Tasman Air said on Monday it had ordered 30 X200 jets, a deal worth $3.6 billion at list prices.

The airline carried 4.1 million passengers last year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What's the list price of each X200?", "120 million"),
    ("how much does every X200 jet cost at list prices?", "120 million"),
])
def test_a_model_named_with_digits_is_the_head_a_total_is_shared_over(question: str, expected: str) -> None:
    expect(answered(_ORDER, question), expected)
