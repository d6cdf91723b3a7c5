"""What/which questions met on the nineteenth session's held-out sets, each kept as a general
rule over a small made-up story: the body that put out the figures."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_SHRIMP = """| 5 March 2025, Wednesday |

Ecuador shrimp sales to China jump

Ecuadorian shrimp exports to China rose to 92,000 tonnes in January, industry figures showed on Tuesday, as buyers restocked before the spring holidays.

The shipments were worth $510 million, the National Aquaculture Chamber said, accounting for 61% of all Ecuadorian shrimp exports.

Prices paid to farmers averaged $2.40 a pound, according to Ecuador's fisheries agency Sanipes.

The number of farms selling at those prices will keep rising, port manager Maria Loor said.
"""


@pytest.mark.parametrize("question", [
    "Which industry group put out the export numbers?",
    "which trade group released the export data?",
])
def test_figures_described_as_industry_figures_are_the_next_sentences_named_source(question: str) -> None:
    expect(answered(_SHRIMP, question), "National Aquaculture Chamber")


def test_a_source_after_according_to_may_be_named_with_a_nations_possessive() -> None:
    expect(answered(_SHRIMP, "which agency publishes the price numbers"), "Sanipes")


_TERMINAL = """| 5 March 2025, Wednesday |

Grain terminal opens on Black Sea

A new grain terminal at Varna handled its first 60,000 tonnes last week, the operator said.

Varna Grain Gateway is 55% owned by state port company Bulgarian Ports Holding and 45% by Turkey's Anadolu Logistics.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("which bulgarian company has a stake in the operator?", "Ports Holding"),
    ("which turkish company holds the remaining stake?", "Anadolu Logistics"),
])
def test_a_share_owned_by_a_body_is_its_stake(question: str, expected: str) -> None:
    expect(answered(_TERMINAL, question), expected)
