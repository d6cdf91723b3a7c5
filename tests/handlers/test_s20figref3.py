"""Figure questions once abstained on although the story states the figure: an assumption asked
looks ahead, and a price per unit is not dated by a total beside it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BUDGET = """| 20 November 2024, Wednesday |

Freedonia budget counts on steady copper

The government's 2025 budget, presented to parliament last month, projects mining royalties rising 12% next year to $1.8 billion, based on an average copper price assumption of $9,000 per tonne.
"""


def test_a_price_assumed_in_a_budget_is_answered() -> None:
    # "projects" before the price is the budget's aim, and the question asks that aim; the price,
    # undated, is no figure of the royalties' year.
    expect(answered(_BUDGET, "what copper price is the govt assuming in the 2025 budget"), "9,000")


_PARK = """| 11 November 2024, Monday |

New food park opens

The Lakeside Food Park, built at a cost of $90 million, covers 120 hectares and includes cold stores able to hold 2,400 tonnes of produce and a packaging plant.
"""


def test_a_cold_room_is_a_cold_store_and_holding_is_its_capacity() -> None:
    expect(answered(_PARK, "what's the capacity of the cold rooms at the park"), "2,400")
