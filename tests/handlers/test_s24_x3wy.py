"""Which-name questions whose best sentence tells every word asked, and a mine met as mining."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Peru ships first copper from new mine

Peru began moving copper concentrate from its Cerro Azul mining district on Monday, sending the first trucks down a new road built with China Harbour Engineering Company.

The mine is run by a joint venture in which state firm Minera Andina holds 60% and China Nonferrous Engineering Group holds 40%, under Peru's rules on foreign investment.

Most of the concentrate will be shipped to China. The road cost $800 million and took four years to build.
"""


def test_a_sentence_telling_all_asked_names_the_partner() -> None:
    expect(answered(_MINE, "which chinese company is in the mining jv"), "China Nonferrous")
