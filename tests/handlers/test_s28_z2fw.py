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


_REEFERS = """| 3 March 2025, Monday |

Peruvian mango exports surge as sea route to China opens

"A 40-foot reefer to Shanghai now costs about $5,200, a fraction of what we paid to fly fruit," said grower Ana Rojas.

Some 2,900 refrigerated containers left Callao in the period, up from 1,700 a year earlier, the association said.

Mango exports to China rose 22% to $310 million in the season, the trade ministry said.
"""


def test_word_only_the_unit_a_count_counts_is_no_rival_for_a_price() -> None:
    # The count of containers says "container" but prices none of them.
    expect(answered(_REEFERS, "What does it cost to send a 40ft container to Shanghai?"), "5,200")
