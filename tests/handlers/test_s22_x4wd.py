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


_RAINS = """| 17 October 2024, Thursday |

Kenyan tea output falls

Kenya's tea production fell 6.1% to 310 million kg in the first nine months of the year, the tea board said. Output slipped due to heavy rains in April followed by a dry spell in July in the Kericho and Nyeri districts.
"""


def test_rains_and_dry_spells_are_the_weather_asked() -> None:
    expect(answered(_RAINS, "Which districts were hit by the bad weather?"), "Kericho")
