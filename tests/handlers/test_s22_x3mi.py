"""Words of a question the article says otherwise: goods sent that a story tells as moved, a kind
of carriage called by another name."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 3 March 2025, Monday |

Grain trains to the south

State railway company Northline said on Monday it had moved 12,600 wagons of barley to Georgia in January-February, up from 9,100 a year earlier.

The company expects the route to carry more grain next year.
"""


def test_goods_sent_are_goods_moved_and_railcars_are_wagons() -> None:
    expect(answered(_RAIL, "How many railcars of barley did Northline send to Georgia?"), "12,600")

