"""Rules kept from the x4sd session, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRADE = """| 3 March 2025, Monday |

Kazakh-Chinese trade at a record

In January, trade between Kazakhstan and China jumped to $4.2 billion, customs data showed on Monday.

Almaty's outbound shipments to China rose 12% in the first six months to 1.8 trillion tenge ($3.6 billion).
"""


def test_the_gap_between_two_stated_amounts_is_their_difference_in_the_unit_asked() -> None:
    # each side found on its own; the tenge amount set against dollars by its own dollar value
    expect(answered(_TRADE, "whats the gap in dollars between january's bilateral trade and almaty's exports to china"), "0.6")
