"""Rules of this session's sets that change what is stored, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Chinese miner to build zinc plant in Zambia

Hunan Qiyuan Mining said on Monday it would spend $400 million on a zinc smelter near Kabwe.

Qiyuan will hold a 60% stake in the plant, with Zambian state firm Kagem Resources holding the remaining 40%.

Zinc prices rose 2% in the month, traders said.
"""


def test_the_other_holder_of_a_split_stake_is_a_partner() -> None:
    reply = answered(_MINE, "which zambian company is qiyuan partnering with")
    expect(reply, "Kagem")
