"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_SHIP = """| 3 March 2025, Monday |

Chinese line opens route to Mombasa

A Chinese shipping line launched a weekly container service to Kenya's port of Mombasa on Monday.

The first ship on the route, the 9,400-TEU Ocean Lark, berthed at the port on Sunday after a 21-day voyage from Qingdao. It unloaded 3,150 containers, about 60% of which were bound for Uganda.
"""


def test_a_ships_size_hyphened_in_teu_answers_how_big_it_is() -> None:
    # "the 9,400-TEU Ocean Lark": the size in containers is a figure, as "a 184-km line" is
    expect(dialog(_SHIP, "whats the name of the first ship on the route", "how big is it"), "9,400")


_SMELTER = """| 14 November 2024, Thursday |

Zambia gets Chinese cobalt refinery

Earlier this year, Hunan Mining Group took a 40% stake in a venture with ZCCM to build a cobalt refinery at Kitwe. The refinery, due to open in 2026, will supply battery makers in China, Hunan chairman Li Qiang said in March.

Zambia's copper exports to China rose 9% in the first nine months of the year, officials said.
"""


def test_a_month_right_after_a_past_telling_is_behind_the_story_date() -> None:
    # "will supply ..., Li Qiang said in March" in a November story: the saying is this March, not next
    expect(dialog(_SMELTER, "who is the chairman of hunan mining", "when did he talk about the cobalt refinery"), "March")
