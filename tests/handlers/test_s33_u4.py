"""Rules of wave u4, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_EXPORTS = """| 3 March 2025, Monday |

Ostrava's trade with Poland climbs

Ostrava's outbound shipments to Poland rose 12% in the first half to 8.4 billion korunas ($360 million), customs data showed.

The region employs 41,000 people in its factories, the mayor said.
"""


def test_a_haul_after_a_trade_word_is_the_amount_not_a_word_to_find() -> None:
    query = parse_query("whats ostrava's export haul to poland worth in usd", stored(_EXPORTS))
    assert not any(t.required for t in query.terms if t.word == "haul")
    expect(answered(_EXPORTS, "whats ostrava's export haul to poland worth in usd"), "360 million")


_RESULTS = """| 3 March 2025, Monday |

Halvorsen's beats forecasts as holiday sales rise

Halvorsen's said net income rose to $210 million, or $1.10 per share, in the quarter. Excluding items, the company earned $1.25 per share.

The board approved a new $1 billion share repurchase program. Halvorsen's expects to buy back about $300 million of stock in fiscal 2025.

For fiscal 2025, the company forecast net sales of $9.1 billion to $9.4 billion. It expects adjusted earnings of $1.80 to $2.05 per share, below the analysts' average estimate.
"""


def test_earnings_with_per_share_after_the_figure_are_eps() -> None:
    expect(answered(_RESULTS, "halvorsens full yr eps guidence"), "$1.80 to $2.05")


_RAIL = """| 3 March 2025, Monday |

China, Vietnam launch daily rail freight service via Lao Cai

HANOI, March 3 (Reuters) - Vietnam and China on Monday launched a daily rail freight service linking the Chinese city of Kunming with the Yen Bai logistics hub through the Lao Cai border station.

The first train left Kunming North station at 6:30 a.m. and crossed into Vietnam at the Hekou-Lao Cai gate, state-owned Vietnam Railways (VNR) said in a statement.

VNR will charge 7600 yuan ($1070) per 40-foot container for the full Kunming-Yen Bai run, about 30% less than the average road haulage rate, deputy director Tran Van Minh told reporters at the launch ceremony in Lao Cai.
"""


def test_a_price_for_the_route_asked_is_the_routes() -> None:
    expect(answered(_RAIL, "whats the price per 40ft container kunming to yen bai"), "7600 yuan")


_PLANTS = """| 3 March 2025, Monday |

Town courts investors after motorway opens

Mayor Ivo Horvat said three foreign manufacturers had approached the town about building plants near the new interchange.

The motorway section cost 120 million euros.
"""


def test_which_with_a_numeral_count_asks_names_a_count_does_not_give() -> None:
    expect(answered(_PLANTS, "which 3 manufacturers want to build plants near the interchange"), None)


_AIRLINE = """| 3 March 2025, Monday |

Baltic carrier AirNorda orders 20 jets

Latvian carrier AirNorda on Monday ordered 20 Airbus A220 jets valued at $1.8 billion at list prices.

AirNorda currently operates 31 aircraft, with an average age of 7.2 years, the airline said.
"""


def test_a_fleet_asked_how_many_is_what_one_operates() -> None:
    expect(answered(_AIRLINE, "how many planes in airnorda's current fleet"), "31 aircraft")


_PRICES = """| 3 March 2025, Monday |

Spanish house prices climb

In the third quarter, Catalonia was the strongest-performing region, with prices up 8.3% on the year to an average of 297,450 euros. Madrid followed with a rise of 4.6% to 406,120 euros, while prices in Galicia gained 3.2% to 218,300 euros.

Mortgage approvals rose 6%, the banking federation said.
"""


def test_an_average_price_asked_is_the_level_a_region_is_given() -> None:
    expect(answered(_PRICES, "galicia avg prce?"), "218,300")
    expect(answered(_PRICES, "What is the average price in Galicia?"), "218,300")
