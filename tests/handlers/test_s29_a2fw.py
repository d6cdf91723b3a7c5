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


_PIPELINE = """| 3 March 2025, Monday |

Chinese-built Chad pipeline hits record flows

The pipeline carried an average of 64,000 barrels per day in October, up 18.5% from September, operator Sahel Midstream said on Monday.

Crude exports through the Kribi terminal rose 9.2% in October to 1.9 million barrels, port data showed.

Local refinery output fell 4.1% in October as the plant shut one unit for repairs.
"""


def test_what_a_pipeline_carried_is_its_flow() -> None:
    expect(answered(_PIPELINE, "by what pct did october flows rise vs september"), "18.5%")
