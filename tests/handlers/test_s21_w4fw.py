"""Figures asked of a name the story only ranks above the subject it gives them to."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Copper find in the north

The Karoo deposit holds an estimated 2.4 billion tonnes of ore, making it the second-largest copper deposit in the region after Zambia's Lumwana.

Output is due to start in 2028.
"""


def test_a_name_ranked_above_is_no_subject_of_the_figures_before_it() -> None:
    assert not answered(_MINE, "how much ore does lumwana hold").answered
    expect(answered(_MINE, "how much ore does the karoo deposit hold"), "2.4")
