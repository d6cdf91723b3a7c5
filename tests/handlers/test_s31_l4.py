"""Rules met on wave l4's share of held-out failures, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_COPPER = """| 3 March 2025, Monday |

Zambia opens copper smelter

Zambia opened a new copper smelter on Monday, the mines ministry said.

Small miners produced about 30% of Zambia's copper last year, the chamber of mines said. Total output rose 10% to 880,000 tonnes in 2024 from a year earlier.

The smelter cost $400 million, the ministry said.
"""


def test_a_whole_of_word_before_a_bare_measure_carries_on_the_sentence_before() -> None:
    # "Total output rose ..." is the output of the copper the sentence before named
    reply = answered(_COPPER, "How much copper did Zambia produce in 2023?")
    expect(reply, "800,000")
