"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Chinese miner ships first copper from Zambian pit

The Kanona mine, about 60 kilometres west of Solwezi, cost $900 million to build.

Jinlu Mining holds an 80% stake, while the Zambian state owns the remaining 20% through the state-run Zambia Consolidated Copper Mines Investment Holdings (ZCCM).

The government collects a 6% royalty on copper sales, and plans to raise it to 8% next year, Mines Minister Paul Kabuswe said.

Jinlu shipped 12,000 tonnes of copper concentrate in February, up 15% from January, the company said.

About 35% of the output goes to smelters in China, with the rest sold to traders in Dubai.
"""


def test_a_nations_state_owning_a_share_is_its_government() -> None:
    expect(answered(_MINE, "What share of the mine does the Zambian govt own?"), "20%")
