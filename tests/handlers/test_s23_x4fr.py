"""Figures the bot refused though the story states them (session x4fr)."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TUKTUKS = """| 4 March 2025, Tuesday |

Ghana opens its first electric tuk-tuk plant

A Chinese company opened an assembly plant for electric tuk-tuks in Accra on Monday, the trade ministry said.

The country is the third-largest three-wheeler market in sub-Saharan Africa after Nigeria, with an estimated 640,000 okada riders on its roads, according to the Ghana Transport Union.
"""


def test_name_ranked_above_owns_no_figure_and_a_bare_verb_ends_the_counted_noun() -> None:
    # "after Nigeria" ranks Nigeria above the story's country, "in sub-Saharan Africa" is where the market
    # is, and "operate" ends what is counted ("okada riders"), no kind of it.
    expect(answered(_TUKTUKS, "Roughly how many okada riders operate in Ghana?"), "640,000")
