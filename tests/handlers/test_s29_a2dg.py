"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_PORT = """| 3 March 2025, Monday |

Guinea opens a new ore terminal

The terminal at Kamsar was built by a Chinese contractor at a cost of 1.72 trillion Guinean francs ($200 million), the ports agency said.

Iron ore prices in China rose to 820 yuan ($115) per tonne last month, traders said.
"""


def test_a_currency_named_by_its_countrys_adjective_is_that_countrys_money() -> None:
    # "Guinean francs" is Guinea's money, so "in local currency" is the same amount told in it
    expect(dialog(_PORT, "how much did the terminal cost", "and in local currency?"), "1.72 trillion")
