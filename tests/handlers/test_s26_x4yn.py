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
