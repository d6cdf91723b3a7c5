"""What- and how-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LOAN = """| 3 March 2025, Monday |

Chinese bank lends to Zambian copper miner

The Export-Import Bank of China agreed on Monday to lend $400 million to Zambian state miner Kafue Copper, the mines ministry said in a statement. The money will be used to rebuild the Chambishi smelter near Kitwe, in the northern Copperbelt province of Zambia, and to buy Chinese-made haul trucks and spare parts.

Kafue Copper produced 210,000 tonnes of copper last year, up 4% from a year earlier.
"""


def test_what_money_is_spent_on_is_every_use_to_the_sentence_end() -> None:
    # "... used to rebuild the smelter ..., and to buy ... spare parts": the second use too ("be used
    # to rebuild", no word between the use and its verb, is a use as well).
    expect(answered(_LOAN, "what will the loan money be spent on"), "spare parts")
