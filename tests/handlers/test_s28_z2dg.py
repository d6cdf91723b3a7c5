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
