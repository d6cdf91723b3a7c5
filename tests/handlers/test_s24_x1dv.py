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


_PALM = """| 12 November 2025, Wednesday |

Palm kernel oil exports rise

Export earnings rose 21% over the same period to 40 billion pesos, with average palm kernel oil prices in Hamburg, the main European benchmark, climbing to $1,500 a tonne in October from $1,200 a tonne a year earlier.
"""


def test_a_price_per_unit_asked_by_how_much_moves_in_money() -> None:
    expect(answered(_PALM, "by how much did the hamburg price per tonne go up yoy"), "300")


_POTASH = """| 12 November 2025, Wednesday |

Belarus potash exports rise

Belarus's potash exports rose 9% in the first nine months of the year to 8 million tonnes, industry data showed on Wednesday.

China remained the biggest single buyer, taking 3 million tonnes. Brazil was the second-largest destination with 2.5 million tonnes, up from 2.1 million tonnes a year earlier.
"""


def test_a_market_with_an_amount_took_it() -> None:
    expect(answered(_POTASH, "how many more tonnes did brazil take vs a yr ago"), "0.4")

