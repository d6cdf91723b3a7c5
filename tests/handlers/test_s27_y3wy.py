"""Why-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WINE = """| 3 March 2025, Monday |

Chilean wine sales to Japan climb

Chilean wine exports to Japan rose 21% in the first half to 310 million dollars, the wine board said.

Producers credited a trade fair in Tokyo in March for the rebound.

A weaker peso, which has lost about 6% against the yen this year, has also made Chilean wines cheaper on Japanese shelves, said an importer in Osaka.
"""


def test_a_named_currency_is_the_currency_asked_of() -> None:
    expect(answered(_WINE, "How has the currency helped Chilean wines in Japan?"), "cheaper")


_ROUTE = """| 3 March 2025, Monday |

Kenyan avocado shipments to Japan jump after direct Mombasa sea service

NAIROBI, March 3 - Kenya's avocado exports to Japan rose 40% last year to 8,200 tonnes, the horticulture board said, as a new direct sea service from Mombasa cut delivery times to Japanese buyers.

The shipments were worth 2.1 billion shillings, up from 1.4 billion shillings a year earlier, the board said.

Jane Wanjiru, an analyst at Nairobi-based Tana Securities, said the sea route mainly suited hard Hass avocados from the Murang'a region, because voyages of about 30 days made it too slow for soft Fuerte avocados, most of which still go by air.
"""


def test_the_route_of_a_why_answer_is_the_storys_route_to_the_asked_end() -> None:
    expect(answered(_ROUTE, "How come Fuerte avocados aren't shipped to Japan by sea?"), "too slow")


_LOANS = """| 3 March 2025, Monday |

Greek builder wins Piraeus quay deal

A consortium of Greece's Aktor Builders and China Harbour Engineering has won a 2.1 billion euro contract to extend a quay at Piraeus, the port authority said on Monday.

Greece ran a large trade deficit with China last year, and Athens has urged Chinese companies to invest.

About 60% of the cost will be financed by loans from Chinese state banks, which limits currency risk for the Greek partner, said Nikos Papas, a shipping analyst.
"""


def test_limiting_is_reducing() -> None:
    expect(answered(_LOANS, "How is the currency risk for the Greek firm being reduced?"), "loans")
