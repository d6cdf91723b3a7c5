"""Derived questions met on this session's sets (one arithmetic step from stated figures), each
a general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_LOCAL_MONEY = """| 3 March 2025, Monday |

Chinese miners lift exports from three countries

Sierra Leone's earnings from iron ore sales to China reached 4.4 billion leones ($200 million) in the first half, officials said.

Albania's chrome shipments to China were worth 9.2 billion lek ($100 million) in the same period.

A new rail spur in Guinea cost 1.72 trillion Guinean francs ($200 million) to build.

Zimbabwe expects a new export levy to raise ZiG 2.7 billion ($100 million) next year.
"""


@pytest.mark.parametrize(("question", "rate"), [
    ("what leone to dollar exchange rate do the iron ore earnings imply", "22 leones per dollar"),
    ("what lek to dollar exchange rate does the value of the chrome shipments imply", "92 lek per dollar"),
    ("what guinean franc to dollar exchange rate does the rail spur cost imply", "8,600 Guinean francs per dollar"),
    ("whats the implied zig to usd exchange rate from the levy forecast", "27 ZiG per dollar"),
])
def test_a_rate_is_implied_by_amounts_in_leones_lek_guinean_francs_and_zig(question: str, rate: str) -> None:
    expect(answered(_LOCAL_MONEY, question), rate)


_PLAN_CUT = """| 3 March 2025, Monday |

Copper miner trims output plan

Norvik Copper said on Friday it would cut its production plan for next year by 12% to 24,600 tonnes because of a shortage of acid.

The company had previously planned to produce 27,950 tonnes next year. It shipped 8,200 tonnes to China in the first half.
"""


def test_a_cut_by_a_rounded_rate_is_worked_from_the_level_the_next_sentence_states() -> None:
    # 24,600 ÷ 0.88 gives 27,955; the article states the old plan exactly
    expect(answered(_PLAN_CUT, "how many tonnes got shaved off next year's production plan"), "3,350 tonnes")
