"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_BACK_TAXES = """| 3 March 2025, Monday |

Peruvian zinc miner fights tax bill

Kestrel Mining faces 120 million soles ($32 million) in back taxes for 2020 to 2022, the company said in a filing.

Kestrel's zinc output rose 6% last year to 210,000 tonnes, and its revenue reached 1.4 billion soles.

The company paid 85 million soles in dividends in 2024.
"""


@pytest.mark.parametrize("question", ["how much does kestrel owe in tax", "how much tax does kestrel mining owe"])
def test_back_taxes_are_tax_owed(question: str) -> None:
    expect(answered(_BACK_TAXES, question), "120 million")


_CLAIM = """| 3 March 2025, Monday |

Tax office chases Andean copper miner

The Peruvian Tax Authority in May demanded 640 million soles ($171 million) in back taxes and penalties from Halcon Metals, saying it had understated its export prices.

Halcon Metals's output rose 4% to 380,000 tonnes last year, while the tax office collected 12 billion soles from miners.

Halcon Metals plans to spend 900 million soles on a new concentrator.
"""


@pytest.mark.parametrize("question", ["how much tax does halcon metals owe", "how much tax does peru say halcon metals owes"])
def test_money_claimed_in_a_kind_from_a_party_is_that_partys(question: str) -> None:
    expect(dialog(_CLAIM, question, "and in dollars?"), "171 million")
