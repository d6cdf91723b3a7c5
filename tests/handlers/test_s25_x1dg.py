"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_PLANT = """| 3 March 2025, Monday |

Chinese tyre maker opens Polish factory

The factory in the village of Brodac, 15 kilometres south of Gdansk, cost 2.4 billion euros ($2.6 billion) and will employ 900 people, the company said.

Poland's tyre exports rose 12% last year, the statistics office said.
"""


def test_a_place_set_by_its_distance_from_the_asked_one_answers_for_it() -> None:
    expect(dialog(_PLANT, "how much did the gdansk factory cost", "and in dollars?"), "2.6 billion")
