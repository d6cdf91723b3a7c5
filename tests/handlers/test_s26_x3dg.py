"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_LOANS = """| 3 March 2025, Monday |

Lenders line up for Sohar refinery

A Chinese-led group signed deals on Tuesday to build a $2.4 billion refinery in the port of Sohar, Oman's industry ministry said.

The Industrial and Commercial Bank of China and China Development Bank will provide a $1.3 billion loan for the project, while Oman Housing Bank will lend 70 million rials, a ministry official told reporters.

The refinery will employ about 900 workers once it is running, and about half its fuel will be shipped to China.
"""


def test_demonym_bodies_after_a_bank_ask_the_banks_of_that_country() -> None:
    # "and the chinese banks?" asks bodies instead of the bank left behind: their own figure in the
    # same sentence, not the left one's, though "China" is only inside the banks' names.
    expect(dialog(_LOANS, "how much is oman housing bank lending for the project", "and the chinese banks?"), "1.3 billion")
