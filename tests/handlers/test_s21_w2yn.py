"""Why and yes-no questions met on the 21st session's blind sets, each kept as a general rule
over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_RESERVES = """| 3 March 2025, Monday |

Chile signs copper deals

Chile holds an estimated 9 million tonnes of copper reserves, the largest in the world ahead of Peru's 7 million, a geological survey said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Does Chile have more copper than Peru?", "Yes."),
    ("Does Peru have more copper than Chile?", "No."),
])
def test_a_bare_amount_after_a_possessive_takes_the_unit_it_is_set_against(question: str, expected: str) -> None:
    expect(answered(_RESERVES, question), expected)


_ORE = """| 3 March 2025, Monday |

Ore exports to Veloria slump

In the first nine months of the year, ore exports through the northern border totalled 36,500 tonnes, up 41% from a year earlier, before dropping to 6,300 tonnes in the fourth quarter.

The slowdown came after rebels seized the main mining town in October.
"""


def test_a_move_told_without_a_cause_reads_on_to_the_sentence_that_gives_it() -> None:
    expect(answered(_ORE, "Why did ore exports drop in the fourth quarter?"), "rebels seized")
