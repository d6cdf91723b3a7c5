"""What / which questions and derived figures of the fifteenth session's sealed articles."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA = """| 3 March 2025, Monday |

Kenya's tea earnings hit record

Kenya earned a record $1.5 billion from tea exports last year, up 25% from a year earlier, the tea board said on Monday.

Tea accounted for 30% of the country's export earnings, up from 28% in the previous year.
"""


def test_money_a_year_before_is_not_a_share_stated_then() -> None:
    # "up from 28% in the previous year" is a share of earnings, not what the exports earned
    reply = answered(_TEA, "How much did tea exports bring in the year before?")
    expect(reply, "$1.20 billion")


_FAIR = """| 3 March 2025, Monday |

Textile fair draws record crowd

The two-day fair, which opened on Tuesday, drew 900 exhibitors from 20 countries, including 310 from Turkey, up from 240 Turkish exhibitors a year earlier, organisers said.
"""


def test_more_than_last_year_takes_the_bare_number_up_from_the_count() -> None:
    # "310 from Turkey, up from 240 Turkish exhibitors": 310 counts exhibitors too, not the 900 of all countries
    reply = answered(_FAIR, "how many more turkish exhibitors came than last year")
    expect(reply, "70")


_CORRIDOR = """| 3 March 2025, Monday |

Freight on the southern rail route climbs

Freight on the southern rail route rose 40% last year to 2.1 million tonnes, the railway said.

Most of the eastbound cargo is Turkish steel, glass and textiles, while trains in the other direction carry cotton and copper.
"""


def test_heading_east_is_eastbound() -> None:
    # "heading east" asks what the article calls "eastbound"
    reply = answered(_CORRIDOR, "What kinds of goods are heading east on the route?")
    expect(reply, "steel")
