"""Why-questions whose verb the article words differently: the reason's sentence, not the lead's 'as'."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SALMON = """| 3 March 2025, Monday |

Chilean salmon exports to India jump as Santiago fish fair seals deals

Chilean seafood exports to India rose 12.4% in 2024 to 2.4 million tonnes, official data showed, as companies from the two countries signed 9 supply agreements at a fish fair in Santiago this week.

Chile overtook Norway last year to become India's biggest seafood supplier, said an analyst.

Chilean exporters have turned to India because markets in Europe have shrunk since the EU banned imports of Chilean seafood in 2023, the analyst said.
"""


def test_leaning_on_a_market_is_turning_to_it() -> None:
    expect(answered(_SALMON, "Why are Chilean fish exporters leaning on India?"), "banned imports")

