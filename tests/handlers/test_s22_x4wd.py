"""When-questions on a sale held: an auction is a sale, and a participle closing a hyphenated
compound ("record-breaking") describes the thing asked, no kind of it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_AUCTION = """| 17 October 2024, Thursday |

Kenyan coffee hits record prices at Nairobi auction

Kenyan coffee fetched record prices at the weekly Nairobi auction on Tuesday, as brisk buying from Germany lifted bids, brokers said.

Total coffee exports reached 41,200 tonnes in January to September, earning 52 billion shillings, the coffee board said.
"""


def test_an_auction_is_the_sale_asked() -> None:
    expect(answered(_AUCTION, "when was the record sale held"), "Tuesday")


def test_a_hyphenated_participle_is_no_kind_of_the_thing_asked() -> None:
    expect(answered(_AUCTION, "when was the record-breaking sale held"), "Tuesday")
