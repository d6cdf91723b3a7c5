"""Follow-ups that ask the last question again of another name, a sibling of the one answered:
figures paired with names by "respectively"."""

from __future__ import annotations

import pytest

from tests.handlers.stories import dialog, expect

_LENDERS = """| 3 March 2025, Monday |

Lenders back Kenyan wind farm

The World Bank will lend $210 million and the Asian Infrastructure Investment Bank $120 million, while Sweden's Norrfinans and the Nordic Development Fund will provide $84 million and $35 million respectively, the company said.

Denmark and Norway bought 140 turbines and 95 turbines respectively, it said.
"""


@pytest.mark.parametrize(("turns", "expected"), [
    # "respectively" gives each name of the list the figure in its place: Norrfinans the first
    (("How much is the World Bank lending?", "and norrfinans?"), "$84 million"),
    (("How much is the World Bank lending?", "and the nordic development fund?"), "$35 million"),
    # a list of places, each with its own figure, is no figure shared by them all
    (("how many turbines did denmark buy?", "and norway?"), "95 turbines"),
])
def test_respectively_pairs_figures_with_names(turns: tuple[str, ...], expected: str) -> None:
    expect(dialog(_LENDERS, *turns), expected)
