"""Rules met on the bundled article's questions, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_EXPORTS = """| 3 March 2025, Monday |

Almaty lifts exports to China

Almaty's outbound shipments to China rose 41.5% in the first six months from a year earlier to 12.4 billion tenge.
"""


def test_over_how_many_months_asks_the_span_of_the_move() -> None:
    expect(answered(_EXPORTS, "over how many months did almaty's shipments to china climb 41 pct"), "six")

