"""Who-questions met on the bundled article's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_GATEWAY = """| 3 March 2025, Monday |

Kenya and Ethiopia open a new border crossing

The opening at Moyale follows talks between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed last month in Nairobi.

Trade across the border rose 12% last year to 40 billion shillings, the revenue authority said.

Moyale should become a "strategic" gateway for trade with the north, Ruto declared in January, saying the town ought to draw new investment.
"""


def test_which_leader_did_a_deed_cites_the_deed_not_the_title() -> None:
    reply = answered(_GATEWAY, "which leader called moyale strategic")
    expect(reply, "William Ruto")
    assert "strategic" in reply.citations[0].quote
