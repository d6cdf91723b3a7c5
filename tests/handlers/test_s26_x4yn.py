"""Yes-no questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SALMON = """| 3 March 2025, Monday |

Chile ships more salmon to China

Chile exported 48,000 tonnes of salmon to China in the first half, up 6.5% from a year earlier, the fisheries agency said. The value of those exports rose 14.8% to $610 million.

Exporters expect demand to stay firm through the Lunar New Year.
"""


def test_a_threshold_on_the_asked_measure_is_read_from_the_next_sentence_pointing_back() -> None:
    # the first sentence counts tonnes; "the value of those exports" is the measure asked
    reply = answered(_SALMON, "did the value of salmon exports rise more than 10 pct in the first half")
    expect(reply, "14.8")
    assert reply.text.startswith("Yes")


_TRAMS = """| 3 March 2025, Monday |

Hungary buys Chinese trams

Budapest signed a deal for 40 Chinese trams worth 180 million euros, the city said.

The new trams are expected to cut carbon dioxide emissions by about 9,500 tonnes a year, the city said. Deliveries of 12 trams will start in June.
"""


def test_a_tonnes_threshold_is_read_against_a_quantity_in_tonnes_and_co2_is_carbon_dioxide() -> None:
    reply = answered(_TRAMS, "will the new trams cut co2 by more than 8k tonnes a year")
    expect(reply, "9,500")
    assert reply.text.startswith("Yes")
