"""Questions met on this session's sets (wave c7dg), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRIES = """| 3 March 2025, Monday |

Harbour ferries lose riders to the new bridge

Trips on the island routes fell 9.2% in the first half, as many commuters switched to buses, while passenger numbers on the coastal routes dropped 2.1%, the ferry company said.

Night sailings were cut to four a week because crews were short, it said.
"""


def test_a_cue_after_the_move_asked_gives_its_reason_though_it_names_a_word_asked() -> None:
    # "commuters" is a passenger word inside the "as" clause, but the fall asked comes before the
    # cue and passengers are named after it too: the clause after the cue is the reason.
    reply = answered(_FERRIES, "Why did island passenger trips fall so sharply?")
    expect(reply, "buses")
