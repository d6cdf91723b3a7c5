"""Derived questions met on the third wave's held-out sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_TERMINAL = """| 4 June 2025, Wednesday |

Port of Varna to double grain terminal

The port of Varna will spend 120 million euros on a new grain terminal, its operator said on Wednesday.

The expansion will lift the port's annual grain handling capacity to 7.5 million tonnes from 4.2 million, making it the largest grain port on the Black Sea's western coast.
"""


@pytest.mark.parametrize("question", [
    "how much capacity is the expansion adding",
    "how much capacity will the new terminal add in tonnes",
])
def test_how_much_of_a_thing_added_asks_the_rise(question: str) -> None:
    expect(answered(_TERMINAL, question), "3.3")
