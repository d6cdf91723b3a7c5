"""Derived figures, follow-ups and shorthand met on this session's blind sets, each kept as a
general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_DEAL = """| 4 March 2025, Tuesday |

Uzbek, Chinese firms sign Termez cotton mill deal

Uzbek and Chinese companies signed a deal on Monday to build a cotton mill able to spin 40,000 tonnes of yarn a year at the Termez free zone on the Afghan border.

The agreement between Uzbek state trader Paxta Savdo Company and Shanghai-based Jinlong Textile Group is worth 2.5 trillion soums ($195 million), the trade minister told reporters.

Uzbekistan aims to export 300,000 tonnes of yarn to China a year by 2028, and the minister said the Termez mill alone could take 30% of that volume.
"""


def test_the_parties_to_a_deal_do_not_own_its_worth_against_the_deal_asked() -> None:
    expect(answered(_DEAL, "how much is the termez cotton mill deal worth"), "2.5 trillion soums")


def test_a_currency_asked_after_an_amount_still_asks_money() -> None:
    # not "the Termez mill alone could take 30%", which names the mill too
    expect(dialog(_DEAL, "how much is the termez mill deal worth", "and in usd?"), "$195 million")
