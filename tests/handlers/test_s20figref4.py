"""Figures stated in the article that the bot abstained on: general rules over small stories."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_SALT = """| 12 November 2024, Tuesday |

Chile signs copper deals

The country exported 4,200 tonnes of copper cathode last year, worth $3.1 million, with 55% of the shipments going to Peru.

Oil imported from Norway rose to 2 million barrels.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "The country exported ...": the verb's doer, no kind of export other than the copper asked
    ("what were chile's copper shipments worth last yr", "3.1"),
    ("what were copper exports worth last year", "3.1"),
])
def test_a_past_verb_taking_an_amount_has_its_doer_before_it(question: str, expected: str) -> None:
    expect(answered(_SALT, question), expected)
