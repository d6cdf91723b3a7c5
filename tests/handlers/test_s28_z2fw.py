"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SMELTER = """| 3 March 2025, Monday |

Serbian zinc exports to China rise as Bar port expands

Under the deal, the Shenzhen-based group will take a 30% stake in a 90 million euro plant near Nis, which will turn out 60,000 tonnes of zinc a year.

Serbia's zinc exports to China rose 14% to 210 million euros in the first half, the statistics office said.

In May, the Bar Port Authority opened a bulk terminal with capacity to handle 2 million tonnes a year of ore for smelting and refining plants.
"""


def test_word_said_only_away_from_any_figure_of_another_kind_is_no_rival() -> None:
    # "smelting" is said only in the terminal's sentence, which measures tonnes, not a stake.
    expect(answered(_SMELTER, "what pct stake is the group getting in the smelting plant"), "30%")
