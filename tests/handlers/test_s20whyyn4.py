"""Why and yes/no questions met on this session's blind sets, each kept as a general rule over a
small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_DEBT = """| 4 June 2025, Wednesday |

Zambia resumes payments to Chinese lenders

Lusaka won a two-year moratorium on principal repayments from the Export-Import Bank of China in 2021 because a slump in copper prices had drained its reserves.

Zambia owes about $4.1 billion to Chinese lenders, the finance ministry said on Tuesday.
"""


@pytest.mark.parametrize("question", [
    "why did the bank give zambia a break on principal payments in 2021?",
    "why did zambia get a break on its principal payments?",
])
def test_a_break_on_payments_is_a_moratorium(question: str) -> None:
    expect(answered(_DEBT, question), "copper prices")
