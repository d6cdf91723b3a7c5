"""Price questions: a price's level asked by its cheapest or dearest, not by a move."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FERRY = """| 3 March 2025, Monday |

Island ferry sells more tickets

The ferry line between Port Sela and Amun Island carried 2.1 million passengers last year, up 12%, the operator said.

The lowest cabin fare is 95 dinars, the operator said. Fuel prices fell 6% in the year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what is the cheapest cabin fare?", "95"),
    ("whats the cheapest fare", "95"),
])
def test_cheapest_is_a_level_not_a_fall(question: str, expected: str) -> None:
    expect(answered(_FERRY, question), expected)


_LOANS = """| 3 March 2025, Monday |

Fishing fleet gets credit

On Monday the cabinet approved a 900 million peso credit package for trawler owners who keep their crews, the fisheries minister said. The loans, carrying interest 3 percentage points below market rates, will be paid out from June through state banks.
"""


def test_a_cheap_loan_is_one_below_market_rates() -> None:
    expect(answered(_LOANS, "When can the cheap loans be drawn?"), "June")
