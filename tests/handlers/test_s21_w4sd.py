"""General rules from the bundled article's misses, each over a small made-up story: the record a
figure set is how far back it is the highest."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRADE = """| 3 March 2025, Monday |

Kazakh-Chinese trade jumps

In October, bilateral trade between Kazakhstan and China surged to $3.1 billion, the highest since March 2019 when the border reopened to trucks, according to data published by the Kazakh State Revenue Committee earlier this month.

Almaty's exports to China grew 14% in the first ten months.
"""


def test_the_record_a_figure_set_is_how_far_back_it_is_highest() -> None:
    expect(answered(_TRADE, "what record did the october bilateral trade figure set"), "March 2019")


def test_no_record_without_one_in_the_story() -> None:
    expect(answered(_TRADE, "what record did almaty's exports to china set"), None)
