"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_VOYAGE = """| 3 March 2025, Monday |

Peruvian avocados take a new route to China

Peru's avocado exports to China rose 22% last year to 61,000 tonnes, the farm ministry said on Monday.

Last week, a first consignment of 30 containers of avocados left the Paita Free Trade Terminal for the Chilean port of San Antonio, where it was loaded onto a vessel bound for Tianjin in China's Hebei province, a voyage of about 25 days and more than 17,000 kilometres.

The company plans to add 12 more sailings next year, a spokesman said.
"""


def test_a_routes_length_is_shared_by_every_place_along_it() -> None:
    expect(answered(_VOYAGE, "How far is the trip to Tianjin in km?"), "17,000")
