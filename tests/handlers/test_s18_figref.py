"""Figures the bot refused though the article states them: an acronym's plural typed in lower
case, and a stake told in a relative clause opened by a preposition."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 4 June 2025, Wednesday |

Harbour volumes climb

The port of Velmora handled 2.4 million TEUs in the first half of the year, up 5% from a year earlier, operator Velmora Ports said on Tuesday.

Logistics group Corvan Holdings said it would start a weekly service next month linking Velmora with Kastel, run jointly with Baltic carrier Nordwave Shipping, in which the city's port authority holds a 40% stake.

Rival port Ostrand handled 1.1 million TEUs in the half.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many teus did velmora handle in the first half", "2.4 million"),
    ("how many teus did ostrand handle", "1.1 million"),
])
def test_an_acronym_plural_typed_in_lower_case_is_the_acronym(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("what stake does the port authority hold in nordwave shipping", "40%"),
    ("how big a stake does the port authority have in nordwave", "40%"),
])
def test_a_relative_clause_after_a_preposition_is_the_name_before_it(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)
