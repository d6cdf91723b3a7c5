"""Derived answers of the 13th session's third derived pass, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TARIFF = """| 3 March 2025, Monday |

Ghana signs solar power deal

State utility GridCo will buy the plant's output under a 20-year power purchase agreement at 6.4 U.S. cents per kilowatt-hour (kWh), down from 9.1 cents in the last solar contract it signed in 2020.

The regulator approved the tariff last month.
"""


def test_a_unit_price_in_cents_asked_how_many_cents_cheaper_is_the_difference_of_the_two_prices() -> None:
    # "U.S. cents" counts cents (not "U."), an amount of cents is a price (the tariff asked), and
    # "how many cents per kwh cheaper ... than" compares two stated levels
    expect(answered(_TARIFF, "how many cents per kwh cheaper is the new tariff than the 2020 one"), "2.70")
