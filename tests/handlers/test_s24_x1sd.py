"""Rules met on the bundled article's questions, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_EXPORTS = """| 3 March 2025, Monday |

Almaty lifts exports to China

Almaty's outbound shipments to China rose 41.5% in the first six months from a year earlier to 12.4 billion tenge.
"""


def test_over_how_many_months_asks_the_span_of_the_move() -> None:
    expect(answered(_EXPORTS, "over how many months did almaty's shipments to china climb 41 pct"), "six")


_TRADE = """| 13 March 2025, Thursday |

Kazakh-Chinese trade jumps

In February, bilateral trade between Kazakhstan and China surged to $4.2 billion, the highest since 2019, according to the data by the Kazakh National Bureau of Statistics and Planning earlier this month.

The Kazakh government wants more rail links with China, the ministry said.
"""


def test_a_long_tellers_name_leaves_the_time_the_tellings() -> None:
    expect(answered(_TRADE, "when was the kazakhstan china trade data published"), "earlier this month")


_HUB = """| 13 March 2025, Thursday |

Almaty opens a freight hub

In March, a new cargo hub for China-Europe freight trains was put into operation in Almaty, with a train carrying 40 containers departing for Russia.

The government in Astana wants more such links, the ministry said.
"""


def test_places_naming_the_thing_are_not_where_it_is_asked_to_be() -> None:
    expect(answered(_HUB, "is the new china-europe freight hub in astana"), "No, in Almaty")

