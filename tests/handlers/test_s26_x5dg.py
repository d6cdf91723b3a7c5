"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_JOINT = """| 3 March 2025, Monday |

Two Chinese mills agree to buy Brazilian iron ore

Baoding Steel Group and Linhai Metals on Monday agreed to buy a combined 5.4 million tonnes of Brazilian iron ore next year at $98 a tonne, miner Serra Azul said.

Baoding will take 3.6 million tonnes under the deal and Linhai will take 1.8 million tonnes, the miner said.
"""


def test_a_joint_figure_is_no_answer_for_one_partner_named_next() -> None:
    # "and linhai?" after the pair's combined figure asks Linhai's own share
    expect(dialog(_JOINT, "How much iron ore is Baoding buying?", "and linhai?"), "1.8 million")
