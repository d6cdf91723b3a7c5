"""Follow-ups met on the nineteenth session's blind sets, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_RAIL = """| 20 November 2025, Thursday |

Ruritania opens its new railway

The 98-km line from Strelsau to the border town of Zenda cost 410 billion crowns, the transport minister said. About 80% of the cost was covered by a 15-year loan from a state bank.
"""


def test_an_amount_asked_in_a_currency_is_no_share() -> None:
    # "and in dollars?" asks money: "About 80% of the cost" is no answer, and the article gives
    # the cost in no dollars at all.
    expect(dialog(_RAIL, "what did the northern stretch cost", "and in dollars?"), None)
