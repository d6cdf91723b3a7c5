"""Derived questions of the twenty-fourth session: arithmetic on stated figures."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SISAL = """| 12 November 2025, Wednesday |

Tanzanian sisal exports climb on Chinese demand

Tanzania's exports of sisal fibre rose 20% in the first four months of the fiscal year from a year earlier to $60 million, as orders from China lifted demand for twine and rope, the central bank said on Tuesday.

Kenya, a smaller grower, imported 4,000 tonnes of Tanzanian fibre in the period, traders said.
"""


def test_goods_earned_from_are_goods_sold_abroad() -> None:
    expect(answered(_SISAL, "How much did Tanzania earn from sisal fibre in the same four months last year?"), "50")

