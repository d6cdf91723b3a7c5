"""Derived figures met on this session's blind sets, each kept as a general rule over a small
story: arithmetic on stated figures, labelled as computed, with the working shown."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 4 March 2025, Tuesday |

Omani and Indian firms sign deals at Muscat fair

Omani and Indian companies signed 36 agreements worth $2.8 billion at a trade fair in Muscat on Monday, the commerce ministry said.

A ministry official said 14 of the 36 agreements were supply contracts, with the rest joint ventures in shipping and fertiliser.

Eleven of the agreements, worth a combined $0.9 billion, are binding, while the rest are memorandums of understanding.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many of the agreements were joint ventures?", "22"),
    ("how much of the deal value is in memorandums of understanding?", "1.9"),
])
def test_the_rest_is_the_whole_less_the_part_stated(question: str, expected: str) -> None:
    reply = answered(_FAIR, question)
    expect(reply, expected)
    assert "computed from the article" in reply.text


def test_the_part_stated_is_not_the_rest() -> None:
    expect(answered(_FAIR, "how many of the agreements were supply contracts?"), "14")


_PLANT = """| 9 July 2024, Tuesday |

Chinese carmaker to build plant in Thailand

Chinese carmaker Xinhe will build a $1.2 billion factory in Thailand's Rayong province, the company said on Monday.

The plant will make 100,000 cars a year from 2026.

The investment, worth about 43.8 billion baht, is the largest by a Chinese carmaker in the country.
"""

_PLANT_UNTOLD = """| 9 July 2024, Tuesday |

Chinese carmaker to build plant in Thailand

Chinese carmaker Xinhe will build a $1.2 billion factory in Thailand's Rayong province, the company said on Monday.

Thai car exports fell 4% to 420 billion baht last year.
"""


@pytest.mark.parametrize("question", [
    "what baht/dollar exchange rate does the investment figure imply?",
    "what baht exchange rate do the investment numbers imply?",
])
def test_an_amount_restated_in_another_currency_implies_a_rate(question: str) -> None:
    reply = answered(_PLANT, question)
    expect(reply, "36.5")
    assert "computed from the article" in reply.text


def test_amounts_of_different_things_imply_no_rate() -> None:
    expect(answered(_PLANT_UNTOLD, "what baht/dollar exchange rate does the investment figure imply?"), None)
