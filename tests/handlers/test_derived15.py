"""Derived answers of the 15th session: the rate a pair of amounts implies, a level worked back
from its rate, differences and ratios of stated figures, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_KIP = """| 20 November 2025, Thursday |

Lao bus company lifts fares revenue

The Vientiane bus company's fare revenue rose 12% to 420 billion kip ($19.3 million) in the first nine months, the company said.
"""

_BYN = """| 21 October 2025, Tuesday |

Belarusian dairy exporter grows sales

The dairy's export revenue rose 6% to $410 million (1.33 billion Belarusian roubles) in the nine months, the company said.
"""


def test_kip_is_money_so_its_dollar_pair_implies_a_rate() -> None:
    # "420 billion kip ($19.3 million)": read as a count of kip, no rate was worked out
    expect(answered(_KIP, "What kip to dollar rate does the revenue figure imply?"), "21,762 kip per dollar")


def test_a_currency_named_with_its_country_pairs_with_the_dollar() -> None:
    # "Belarusian roubles" are money, and a "rouble" asked is the Belarusian one the story gives
    expect(answered(_BYN, "What Belarusian rouble to dollar exchange rate do the revenue figures imply?"), "3.24 Belarusian roubles per dollar")
    expect(answered(_BYN, "what rouble dollar rate does the revenue imply"), "3.24 Belarusian roubles per dollar")

