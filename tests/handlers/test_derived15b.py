"""Derived answers and follow-ups about figures of the 15th session's second hour: each rule
with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SOMS = """| 21 October 2025, Tuesday |

Kyrgyz miners pay more in royalties

Mining companies paid 9.7 billion soms ($111 million) in royalties in the first eight months, up 18% from a year earlier, the State Tax Service said.
"""


def test_soms_are_money_so_their_dollar_pair_implies_a_rate() -> None:
    # "9.7 billion soms ($111 million)": read as a count of soms, no rate was worked out; and a
    # rate in the tens is quoted to a tenth (87.4), the working to the hundredth (87.39)
    reply = answered(_SOMS, "What som to dollar rate does the royalty figure imply?")
    expect(reply, "About 87.4 soms per dollar")
    expect(reply, "= 87.39")