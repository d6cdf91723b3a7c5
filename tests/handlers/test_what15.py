"""What / which questions of the fifteenth pass: markets asked for as a list of places, lists kept whole, the company putting in most, what still awaits, a capital dealt with, how a thing fits into the story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CLOCKS = """| 3 March 2025, Monday |

Swiss central bank cuts rates as exports slide

The Swiss National Bank cut its policy rate by 25 basis points on Thursday, taking borrowing costs below zero as a strong franc hurts exporters.

Swiss clock exports fell 6.1% in February from a year earlier to 410 million francs, the Federation of the Swiss Clock Industry said on Monday.

Volumes dropped 8.5% to 220,000 pieces, with shipments to Japan, Singapore and Canada all lower.
"""

_CLOCK_MARKETS = """| 3 March 2025, Monday |

Swiss clock exports slide

Swiss clock exports fell 6.1% in February from a year earlier to 410 million francs, the Federation of the Swiss Clock Industry said on Monday.

Larsen Horlogerie lost its main export route through Hamburg in 2024, when the port raised its fees on Swiss clocks.

Beyond Japan, the federation's main markets include Mexico, Brazil, Chile and India.
"""


def test_markets_are_places_listed() -> None:
    # "which markets": the countries a sentence lists, though it never says "markets" or "clocks"
    expect(answered(_CLOCKS, "Which markets took fewer Swiss clocks?"), "Singapore")


def test_other_markets() -> None:
    # "besides Japan": the others listed beside it, not the sentence of the "main export route"
    expect(answered(_CLOCK_MARKETS, "Besides Japan, what are the main export markets for the clocks?"), "Brazil")


_ZONE = """| 3 March 2025, Monday |

Kenyan free zone signs Chinese investors

Seven Chinese manufacturers signed agreements worth $900 million to build factories in the Athi River free zone, its operator said on Monday.

The other three companies, investing a combined $210 million together with local partners, will make bicycles, school furniture, paper cups and glass bottles, the statement said.
"""


def test_list_not_cut_at_first_item() -> None:
    # the window around "The other three companies" reaches the list: all of it, not "make bicycles."
    expect(answered(_ZONE, "what will the other three firms be manufacturing"), "glass bottles")


_PLEDGES = """| 3 March 2025, Monday |

Chinese firms sign up for Kenyan free zone

Five Chinese manufacturers signed agreements worth $900 million to build factories in the Athi River free zone, its operator said on Monday.

The biggest commitment, $420 million, came from Fujian Minhai Ceramics, which plans to make floor tiles. Anhui Ruifeng Solar Technology will spend $250 million on a solar module plant, and Hubei Kaida Steel Pipe will invest $130 million in a pipe mill.

"Most tenants still run diesel generators because of grid outages, and diesel eats into the margins that brought them here," zone director Peter Otieno said.
"""


def test_biggest_commitment_is_most_money() -> None:
    # a commitment is money put in; "Fujian Minhai Ceramics" a company (ceramics), not the province
    expect(answered(_PLEDGES, "Which company is putting in the most money?"), "Minhai")


def test_commitment_is_money_put_in() -> None:
    # "The biggest commitment, $520 million, came from Zhejiang Hengtai Ceramics": money put in,
    # over a quote whose "Most tenants" only shares the superlative
    expect(answered("ng_zone", "Which company is putting in the most money?"), "Hengtai")


_PLANT = """| 3 March 2025, Monday |

Chinese carmaker opens Thai plant

Chinese carmaker Xiyun Motor opened a 12 billion baht electric-vehicle plant in Thailand's Chonburi province on Monday, the company said.

The plant can build 80,000 cars a year. A proposed battery pack factory is still awaiting approval from the Board of Investment, with a decision expected in June.

The government wants electric vehicles to make up 30% of the country's car output by 2030.
"""


def test_waiting_for_is_awaiting() -> None:
    # "still waiting for a green light" / "is still awaiting approval": no queue, a wait for something
    expect(answered(_PLANT, "whats still waiting for a govt green light"), "battery pack")


_TIES = """| 3 March 2025, Monday |

Chinese and Russian firms sign deals at Harbin fair

Chinese and Russian companies signed 40 cooperation agreements at a trade fair in Harbin on Monday, the organisers said.

China has urged closer energy ties with Russia and more trade in local currencies, despite Western sanctions.
"""


def test_capital_dealt_with_is_country() -> None:
    # "with moscow" in a story that names Russia and never the city: the government, not a place
    expect(answered(_TIES, "what has beijing been pushing for with moscow?"), "energy ties")


def test_how_does_it_fit_into_the_story() -> None:
    # "how does X fit into this story?" asks what the story says of X, not a summary of the story
    expect(answered(_TIES, "how do the western sanctions fit into this story?"), "despite Western sanctions")
