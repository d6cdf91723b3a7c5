"""Rules of session x4fw: a figure another party earns is not the one asked."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_GAS = """| 3 March 2025, Monday |

Armenia buys more Russian gas via Georgia

Armenia imported 2.1 billion cubic metres of Russian gas through Georgia in the first nine months of the year, the energy ministry said on Monday.

Under a contract signed last year, Armenia pays Gazprom $165 per 1,000 cubic metres at the Georgian-Armenian border, a ministry spokesperson said.
"""


def test_another_place_paying_the_body_asked_is_not_the_place_asked() -> None:
    # "Georgia" asked as the payer: the sentence has Armenia pay, Georgia pays nothing.
    expect(answered(_GAS, "what price does georgia pay gazprom for its gas"), None)
    expect(answered(_GAS, "what price does armenia pay gazprom"), "165")
