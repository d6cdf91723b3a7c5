"""Rules from the 20th session's second pass over the bundled article, each over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The forum in Almaty follows a meeting between Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping last week in Astana. The forum was attended by Chinese government officials and almost 600 Kazakh companies hoping to enter the Chinese market.
"""


def test_sitting_down_is_meeting() -> None:
    expect(answered(_FORUM, "when did xi and tokayev sit down in astana"), "Last week")


def test_a_threshold_counts_the_misspelt_word_mended() -> None:
    expect(answered(_FORUM, "did over 1000 kazakh compnaies attend"), "No.")

