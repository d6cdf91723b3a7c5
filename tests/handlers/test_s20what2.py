"""What/which questions answered by general rules over small stories."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FRUIT = """| 3 March 2025, Monday |

Mango exports hit a record

Mango export earnings rose 12% to $410 million last year, the trade ministry said on Monday.

Trade Minister Ana Perez said mangoes had overtaken coffee to become the country's third-largest farm export, and that earnings could reach $500 million next year.
"""


def test_a_rival_overtaken_is_a_thing_not_a_figure() -> None:
    expect(answered(_FRUIT, "what did mangoes overtake to become the 3rd biggest farm export"), "coffee")

