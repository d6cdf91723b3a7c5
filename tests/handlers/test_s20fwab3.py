"""Answers that should not have been given: a figure of another measure than the one asked."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Copper miner to expand Zambian mine

The expansion includes a new smelter, a second shaft and a 60-megawatt wind farm, and will create about 2,100 jobs.

The new smelter will cost $400 million to build, the company said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a price asked as what building costs is no capacity in megawatts
    ("How much will the wind farm cost to build?", None),
    ("How much will the new smelter cost to build?", "400"),
])
def test_a_cost_to_build_is_money(question: str, expected: str | None) -> None:
    expect(answered(_MINE, question), expected)


_PARK = """| 3 March 2025, Monday |

Industrial park fills up

Firms have signed leases for 14 of the park's 40 warehouses, most of them Turkish, a spokesman said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a rent, a fee or a fare asked is money, which a count of the things rented is not
    ("whats the monthly rent for a warehouse in the park", None),
    ("what is the annual rent for a warehouse", None),
    ("how many warehouses has the park leased", "14"),
])
def test_a_rent_is_money(question: str, expected: str | None) -> None:
    expect(answered(_PARK, question), expected)


def test_a_rent_stated_answers() -> None:
    expect(answered(_PARK + "\nThe monthly rent for a warehouse is $9,000, the spokesman said.\n",
                    "whats the monthly rent for a warehouse in the park"), "9,000")
