"""Follow-ups met on the 20th session's held-out sets, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_MINES = """| 3 March 2025, Monday |

Tanzania's gold output climbs

Tanzania's gold production rose 12.5% year-on-year to 61 tonnes in 2024, the mines ministry said.

Tanzania's trade with India reached $8.4 billion last year, up 7% from 2023, according to the Indian high commission.
"""


def test_how_far_it_moved_is_the_last_figures_own_move() -> None:
    # "it" is the trade just given; "grow" would also find the production that rose.
    expect(dialog(_MINES, "what was tanzania-india trade worth last yr", "and by how much did it grow?"), "7%")
