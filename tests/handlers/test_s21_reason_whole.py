"""A reason cut out of a long sentence reads whole: from its cue, not from mid-clause."""

from __future__ import annotations

from tests.handlers.stories import answered

MINER = """| 9 June 2025, Monday |

Copper miner trims output plan

A copper miner in the north of the country said on Monday it would cut its output plan for next year by 12% to 24,600 tonnes due to a shortage of sulphuric acid, sending its shares tumbling in London.
"""


def test_a_reason_cut_at_its_start_answers_from_its_cue() -> None:
    # the window round "because" ends with the sentence and starts mid-clause ("…repayments from
    # China Development Bank in 2020 because ..."): the reason alone reads whole
    reply = answered("ao_oil", "why did CDB give angola a break on principal payments in 2020")
    assert reply.answered and reply.text.startswith("Because a collapse in oil prices"), reply.text


def test_what_followed_from_a_reason_is_no_part_of_it() -> None:
    reply = answered(MINER, "why is the miner producing less next year?")
    assert reply.answered and reply.text.startswith("Due to a shortage of sulphuric acid"), reply.text
    assert "shares" not in reply.text, reply.text
