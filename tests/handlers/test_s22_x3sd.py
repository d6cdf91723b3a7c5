"""Rules met on the bundled article's blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_TRADE = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

In February, bilateral trade between Kazakhstan and China rose to $3.4 billion, according to customs data.

Almaty's exports to China jumped 40% in the first six months from a year earlier to 12 billion yuan ($1.65 billion).
"""


@pytest.mark.parametrize("question", [
    "kazakhstan china 2 way trade in feb, how many dollars",
    "how much was kazakh-chinese 2-way trade in february",
])
def test_a_count_of_sides_in_digits_is_the_word_spelt(question: str) -> None:
    expect(answered(_TRADE, question), "3.4 billion")


@pytest.mark.parametrize("question", [
    "avg monthly almaty exports to china in yuan",
    "what were almaty's average monthly exports to china",
])
def test_an_average_monthly_amount_named_without_how_much(question: str) -> None:
    expect(answered(_TRADE, question), "2 billion yuan")


_HUB = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

Kazakhstan has urged closer ties with China, with the border town of Khorgos gaining new strategic significance as a hub of overland freight.

Almaty's exports to China jumped 40% in the first six months from a year earlier to 12 billion yuan ($1.65 billion).
"""


@pytest.mark.parametrize("question", [
    "what is khorgos turning into for the two countries",
    "what has khorgos become",
])
def test_the_standing_gained_as_a_role_is_what_a_thing_becomes(question: str) -> None:
    expect(answered(_HUB, question), "hub of overland freight")
