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


_FAIR = """| 9 October 2025, Thursday |

Lumeran firms sign deals at Tessaly fair

Lumeran and Ostrian companies signed 64 agreements worth a combined $410 million at a trade fair in the northern Ostrian city of Tessaly, covering timber, grain and machinery, organisers said on Wednesday.

At the Northern Expo in Varnel, the capital of Drava province, last month, 12 Lumeran firms signed 9 supply agreements worth a combined $85 million with Ostrian buyers.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many agreements were signed at the tessaly fair", "64"),
    ("how many deals were signed in tessaly", "64"),
])
def test_a_city_named_by_what_it_is_after_the_figure_is_where_it_happened(question: str, expected: str) -> None:
    expect(answered(_FAIR, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("total value of the varnel deals in usd", "$85 million"),
    ("how many lumeran firms signed deals in varnel", "12"),
])
def test_a_sentence_opening_on_where_it_happened_sets_its_figures_there(question: str, expected: str) -> None:
    expect(answered(_FAIR, question), expected)
