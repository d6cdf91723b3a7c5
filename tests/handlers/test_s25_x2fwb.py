"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PAYOUTS = """| 3 March 2025, Monday |

Fruit exporter lifts payouts to growers

Growers of the red-fleshed Ruby variety will receive an average of NZ$14.20 per tray, up 6% from last year, the company said.

Exports rose 12% to 190 million trays in the season, chief executive Mere Tane told reporters.
"""


def test_a_word_only_the_headline_says_is_the_story_summarised_not_another_subject() -> None:
    expect(answered(_PAYOUTS, "whats the average payout per tray for ruby growers"), "14.20")
