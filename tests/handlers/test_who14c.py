"""Who and where questions of the fourteenth pass's third helper: a body asked by its kind
("which bank") with the money it puts up, ..."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LOAN = """| 3 March 2025, Monday |

Kenya and Japan sign $1.8 billion rail loan

Kenya and Japan on Monday signed a financing agreement for a $1.8 billion upgrade of the Mombasa-Nairobi railway, the transport ministry said.

Of the total, $1.5 billion will come as a loan from the Japan Bank for International Cooperation and the rest from Kenya's budget, the ministry said.

The International Monetary Fund, which approved $500 million for Kenya last month, has urged Nairobi to limit new borrowing.
"""


def test_money_put_up_is_no_finances_run() -> None:
    # "which bank" keeps its kind word: no chief financial officer asked
    expect(answered(_LOAN, "which japanese bank is putting up the money"), "Japan Bank for International Cooperation")
