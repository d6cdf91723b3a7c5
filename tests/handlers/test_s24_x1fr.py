"""Figures the article states though the question words them otherwise (session 24, x1fr)."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_COCOA = """| 5 March 2025, Wednesday |

Ghana cocoa prices climb

Farmgate cocoa prices in Ashanti rose to 52 cedis a kilogram this month, compared with 30 cedis a year ago, benefiting about 1.2 million farmers who depend on cocoa for their livelihood.

The Cocoa Board said on Tuesday it would plant 8 million seedlings next year.
"""


def test_relying_on_a_crop_for_a_living_is_depending_on_it_for_a_livelihood() -> None:
    # "rely" ends the counted noun ("farmers"), and relying / a living are depending / a livelihood
    expect(answered(_COCOA, "how many farmers rely on cocoa to make a living"), "1.2 million")
