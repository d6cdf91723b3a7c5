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


_PLANT = """| 3 March 2025, Monday |

Chinese firm to build leather tannery in Botswana

Botswana's leather exports to China rose 14% last year to 38 million pula, the trade ministry said on Monday.

The Chinese company will also take a 40% stake in a new 75 million pula tannery at Lobatse, near the Ramatlabama border post, which is expected to employ 410 people when it opens in 2026.

The tannery will be able to process about 9,000 hides a month, a spokesman said.
"""


def test_a_relative_clause_after_a_near_aside_is_the_placed_sites() -> None:
    expect(answered(_PLANT, "How many jobs will the Lobatse tannery create?"), "410")
