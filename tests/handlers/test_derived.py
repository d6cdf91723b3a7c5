"""Figures worked out from the ones an article states: differences, shares, amounts each."""

from __future__ import annotations

import pytest

from handlers import Answer, answer
from knowledge.store import Store

_FREIGHT = """| 6 November 2025, Thursday |

Nordhavn lifts outlook as Red Sea detours keep freight rates high

Rates on the Asia-Europe trade jumped 21% to $2,940 per FFE, but transpacific rates slipped 4% to $2,480 as extra capacity flooded routes to the United States.

The company transported 1.62 million FFE in the quarter, up 2.6% on the year.
"""


def _answered(article: str, question: str) -> Answer:
    store = Store.memory()
    store.ingest_text(article)
    return answer(question, store)


@pytest.mark.parametrize(
    "question",
    ["how much pricier is asia-europe than transpacific per container", "how much cheaper are transpacific boxes than asia-europe ones"],
)
def test_a_comparative_with_than_is_the_difference_of_the_two_figures(question: str) -> None:
    result = _answered(_FREIGHT, question)
    assert result.answered and result.intent == "derived", result.text
    assert "460" in result.text and "$2,940 − $2,480" in result.text, result.text  # never a negative working


def test_an_amount_already_per_unit_is_not_divided_again() -> None:
    result = _answered(_FREIGHT, "how much does asia-europe shipping cost per container")
    assert "÷" not in result.text and "1.62" not in result.text, result.text  # nor the boxes carried: a cost is money
    assert _answered(_FREIGHT, "what are asia-europe rates per container").text.startswith("Rates on the Asia-Europe trade")


_CANAL = """| 13 October 2025, Monday |

Suez Canal revenue falls as Red Sea attacks keep ships away

Egypt's Suez Canal revenue fell 18.4% year on year to $312 million in September.

A total of 968 ships crossed the waterway last month, down from 1,104 a year earlier, the authority said.

Analysts said the toll discounts introduced in January had done little to lure lines back.

A ship-tracking firm estimated that 1,870 vessels sailed around the Cape of Good Hope in September.
"""


def test_an_amount_each_divides_by_the_count_told_nearest_the_total() -> None:
    # "per ship did the canal make": the verb after the noun is not what is counted
    result = _answered(_CANAL, "Roughly how much revenue per ship did the canal make in September?")
    assert result.answered and "968" in result.text and "322,314" in result.text, result.text
