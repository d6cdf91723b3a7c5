"""Fresh phrasings of the bundled article's questions, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_EXPORTS = """| 3 March 2025, Monday |

Gujarat ships more to Kenya

Gujarat’s outbound shipments to Kenya soared 40% in the first half from a year earlier to 14 billion rupees ($168 million).

Car sales in Kenya were flat, dealers said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("by how many bn rupees did gujarats kenya sales grow yoy", "4"),
    ("how much did gujarat's kenya sales rise in percent", "40%"),
])
def test_sales_named_by_a_buyer_after_the_seller_are_exports(question: str, expected: str) -> None:
    expect(answered(_EXPORTS, question), expected)
