"""Which-questions asking a body of a nation, answered from a sentence naming several bodies."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Tunisia starts phosphate exports from new mine

Tunisia shipped its first phosphate cargo from the Oum Larayes mine on Monday, state mining group Gafsa said.

The mine is run by a joint venture in which Gafsa subsidiary Phoscom holds 60% and China Huadong Engineering Group (CHEG) holds 40%.

Chinese fertiliser makers have agreed to buy half of the mine's output.
"""


def test_body_left_unmarked_beside_one_of_the_nation_asked_is_not_it() -> None:
    reply = answered(_MINE, "which chinese company is in the joint venture")
    expect(reply, "China Huadong Engineering Group")
    assert "Phoscom" not in reply.text.split(".")[0] and "Gafsa" not in reply.text.split(".")[0]
