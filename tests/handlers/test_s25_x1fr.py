"""Figure questions answered with the wrong figure on this session's sets, each a general rule
over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WINE = """| 14 November 2024, Thursday |

Chilean wine exports to Japan rebound after Tokyo trade mission

Chilean wine exports to Japan rose 31.2% in the first nine months of the year from a year earlier to 540 billion pesos ($570 million), industry body Wines of Chile said on Monday. Producers credited a government-led trade mission to Japan in March for the rebound.

Sales remain well below their 2017 peak, when Chile shipped 900 billion pesos worth of wine to Japan, Soto said.
"""


def test_figure_of_years_before_the_article_is_not_the_one_asked_without_a_time() -> None:
    # "the 2017 peak, when Chile shipped 900 billion pesos worth": a level of years before the
    # article, not the one it reports, when the question asks no time
    expect(answered(_WINE, "What were the wine shipments to Japan worth in pesos?"), "540 billion")


_COCOA = """| 12 November 2024, Tuesday |

Ecuador expands cocoa plantings

Agriculture Minister Luis Vera said on Tuesday the government expects cocoa plantings to expand by 3,200 hectares next year, mainly in the provinces of Manabi, Guayas and Esmeraldas, taking the national total to about 41,000 hectares.
"""


def test_national_total_is_the_countrys_not_the_regions_named_before_it() -> None:
    expect(answered(_COCOA, "How big will Ecuador's total cocoa area be next year?"), "41,000")
