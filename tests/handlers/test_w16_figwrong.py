"""Figure questions once answered with the wrong figure or the wrong sentence, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FUND = """| 12 August 2025, Tuesday |

Danish pension fund makes 5.1% first-half return, sells bank stocks

Nordlys Pension, Denmark's third-largest pension fund, returned 5.1% in the first half of the year, a gain of 41 billion crowns, it said on Tuesday.

Equities, which made up 62.4% of the portfolio, returned 9.7%, while bonds, at 30.2%, gained 2.3%.

The fund also sold shares worth 14.8 billion crowns ($2.3 billion) in European banks to bring its equity portfolio back in line with the benchmark, and cut its holding in Dutch chipmaker Velmar Systems to 0.8% from 1.1%, Deputy Chief Executive Lars Holm said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what kind of return did the stock portfolio deliver", "9.7%"),
    ("what return did the stock portfolio generate?", "9.7%"),
])
def test_a_return_asked_is_no_share_of_the_portfolio(question: str, expected: str) -> None:
    expect(answered(_FUND, question), expected)


_BANK = """| 21 October 2025, Tuesday |

Prairie Trust cuts dividend as deposits drain

Prairie Trust is the second U.S. regional bank to cut its dividend this year, as mid-sized lenders in the Plains struggle with shrinking deposits and souring farm loans.

Total deposits fell 3.9% from the end of June to $42.7 billion, and were down 6.1% from a year earlier.

Uninsured deposits made up 28% of the total, down from 33% a year earlier.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What's the bank's deposit base now?", "42.7"),
    ("what are Prairie Trust's deposits?", "42.7"),
])
def test_a_banks_deposits_are_a_measure_asked(question: str, expected: str) -> None:
    reply = answered(_BANK, question)
    assert reply.intent == "figure", reply.text
    expect(reply, expected)
