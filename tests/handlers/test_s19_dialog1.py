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


_TEA = """| 5 November 2025, Wednesday |

Ruritanian tea sales slip

Ruritania earned 90 billion crowns from tea exports in the first nine months, the tea board said.

Sudan remained the biggest market, taking 28% of shipments by volume, followed by Yemen with 14% and Oman with 7%, the board said. Yemen's purchases fell 5.5% in the third quarter, while shipments to Oman rose 3.0%.
"""


def test_the_next_in_a_list_of_shares_is_a_share() -> None:
    # "followed by Yemen with 14%": a share of the same shipments as the 28% before it
    expect(dialog(_TEA, "What share of shipments went to Yemen?"), "14%")


def test_and_another_after_a_share_still_asks_its_share() -> None:
    # "and Oman?" asks Oman's share, not "shipments to Oman rose 3.0%"
    expect(dialog(_TEA, "What share of shipments went to Yemen?", "and oman?"), "7%")
