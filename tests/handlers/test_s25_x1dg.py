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


_LOAN = """| 3 March 2025, Monday |

Chinese bank funds Ghana glass works

About 70% of the project cost was financed by a $150 million loan from a Chinese state bank, the company said.

The works will open next year, the company said.
"""


def test_what_share_of_a_whole_is_that_is_the_share_the_last_answer_states() -> None:
    expect(dialog(_LOAN, "how big was the chinese loan for the works", "what share of the total cost is that"), "70%")


def test_what_share_of_a_whole_the_last_answer_never_names_is_not_its_share() -> None:
    expect(dialog(_LOAN, "how big was the chinese loan for the works", "what share of the total exports is that"), None)
