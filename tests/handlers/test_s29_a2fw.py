"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINES = """| 3 March 2025, Monday |

Zambian copper mines ramp up shipments to China

Zambia's copper exports to China rose 12% to 410,000 tonnes in the first half, the mines ministry said.

Chinese firms own three of the country's five big mines. The largest, Luanshya Copper's Baluba mine east of Ndola, shipped 180,000 tonnes in the period, with Kangwa Metals' Mufu pit in Copperbelt province and Tembo Resources' project in Chingola accounting for most of the rest.

Luanshya Copper said it would spend $30 million on a rail siding at Baluba.
"""


def test_a_place_in_a_with_clause_after_the_figure_is_another_subjects() -> None:
    expect(answered(_MINES, "how many tonnes did luanshya's baluba mine ship"), "180,000 tonnes")
