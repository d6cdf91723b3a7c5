"""Slangy figure questions on the bundled article's newest sets, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SHIPMENTS = """| 3 March 2025, Monday |

Kenyan tea finds new buyers in Egypt

Kenyan and Egyptian traders signed a string of supply deals at a fair in Cairo, the tea board said.

About 300 Kenyan estates hoping to enter the Egyptian market joined the fair, which drew 40 Egyptian buyers.

Kenya's outbound shipments to Egypt rose 14% in the first half from a year earlier to 9.2 billion shillings ($71 million).

In May, a new tea warehouse opened in Mombasa, with a ship carrying 60 containers leaving for Egypt.
"""


def test_sales_into_a_country_are_exports_to_it() -> None:
    expect(answered(_SHIPMENTS, "value of kenyas tea sales into egypt in the first half"), "9.2 billion")


def test_a_places_way_is_only_the_direction_to_it() -> None:
    expect(answered(_SHIPMENTS, "how much did kenya send egypt's way in the first half"), "9.2 billion")


def test_looking_for_a_way_in_is_a_hope_to_enter() -> None:
    expect(answered(_SHIPMENTS, "roughly how many kenyan estates turned up looking for a way in to egypt"), "300")


_TRADE = """| 3 March 2025, Monday |

Kenya and Egypt court each other's buyers

About 300 Kenyan estates joined a trade fair in Cairo, the tea board said.

In June, bilateral trade between Kenya and Egypt rose to $410 million, the highest in a decade.

A new warehouse opened in Mombasa in May, with a ship carrying 60 containers leaving for Egypt.
"""


def test_a_hyphened_two_way_only_describes_the_trade() -> None:
    expect(answered(_TRADE, "what did two-way kenyan egyptian trade come to in june"), "410 million")


def test_whered_without_its_apostrophe_asks_where() -> None:
    expect(answered(_TRADE, "whered the tea fair take place"), "Cairo")
