"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

# The commodity names bodies too ("the Cane and Sugar Board"), so the question's "sugar" is a name
# the figure's clause must not give to another owner.
_CRUSH = """| 3 March 2025, Monday |

Drought shrinks India's sugar cane crush

Indian sugar mills crushed 61.2 million tonnes of cane this season, down 9.4% from a year earlier, the Office of the Cane and Sugar Board (OCSB) said on Monday.

Rakesh Rao, chief executive of the Indian Sugar Millers Corporation, an industry body, said exports for 2025 would fall to about 3.1 million tonnes from 4.4 million tonnes in 2024.

"We expect the crush to recover only to about 66 million tonnes next year," said Vikram Shah, head of research at Mumbai-based Deccan Securities. Raw sugar futures on ICE rose 2.8% last week to 21.3 cents per lb, their highest since June.
"""


@pytest.mark.parametrize("question", ["raw sugar futures price last week", "raw sugr futures price lst wek",
                                      "what was the raw sugar futures price last week"])
def test_a_price_in_cents_on_an_exchange_is_the_price(question: str) -> None:
    expect(answered(_CRUSH, question), "21.3 cents")
