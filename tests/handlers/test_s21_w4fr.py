"""Figures the story states in other words than the question's: each kept as a general rule over
a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Zambian copper mine starts production

A new copper mine in Zambia's Northwestern province began production on Monday, owner Kafue Minerals said.

Mines Minister Joseph Banda said output would reach 50,000 tonnes next year and 120,000 tonnes a year by 2030, up from 8,000 tonnes of trial extraction last year.
"""


def test_a_level_to_come_is_the_goal_asked() -> None:
    expect(answered(_MINE, "whats the production goal for 2030"), "120,000")
    expect(answered(_MINE, "what is the output target for 2030?"), "120,000")


def test_a_past_goal_is_no_level_to_come() -> None:
    expect(answered(_MINE, "what was the production target last year"), None)


_PRICES = """| 3 March 2025, Monday |

Ghana shea prices jump

Farmgate prices in Tamale and Bolgatanga districts climbed to 4,200 cedis a tonne last week from 3,100 cedis in January, traders said.

Exporters shipped 12,000 tonnes from Tema and Takoradi ports in the quarter.
"""


def test_a_price_per_thing_holds_in_each_place_listed() -> None:
    expect(answered(_PRICES, "What's the farmgate price per tonne in Tamale now?"), "4,200")
    expect(answered(_PRICES, "What's the farmgate price in Bolgatanga?"), "4,200")


def test_an_amount_for_a_list_is_no_one_place_s() -> None:
    expect(answered(_PRICES, "How many tonnes did exporters ship from Tema?"), None)
