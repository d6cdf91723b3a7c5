"""Derived questions met on this session's held-out sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SMELTER = """| 3 March 2025, Monday |

Chinese firm to build copper smelter in Mongolia

China's Jinlu Metals will invest $2 billion, or about 6.8 trillion tugriks, in a copper smelter near Erdenet, the Mongolian investment agency said on Monday.

The smelter will be able to process 400,000 tonnes of concentrate a year.

Realised foreign direct investment in Mongolia's mining industry rose 12% to 9.1 trillion tugriks ($2.5 billion) in the first half of the year, the agency said.
"""


def test_an_implied_rate_is_of_the_measure_asked_not_a_kind_of_it() -> None:
    # 6.8 trillion tugriks / $2 billion, not the realised FDI's 9.1 trillion / $2.5 billion
    expect(answered(_SMELTER, "what tugrik per dollar rate does the investment figure imply?"), "3,400")


_COFFEE = """| 3 October 2025, Friday |

Kenyan coffee sales abroad climb

Kenya's coffee output fell 3% to 41,000 tonnes in the first nine months of the year, the Coffee Board said on Thursday.

Shipments to Germany nonetheless rose 12% over the same period to 6,200 tonnes, making it the second-largest buyer after Belgium, which took 7,900 tonnes.

Total coffee exports reached 38,400 tonnes in January to September, the board said.
"""


def test_a_share_asked_over_a_period_is_of_the_total_told() -> None:
    # the period asked is the part's in other words ("over the same period"); the whole asked as a
    # total is the total told, not Belgium's amount beside the part: 6,200 / 38,400
    expect(answered(_COFFEE, "What percentage of total coffee shipments went to Germany in the nine months?"), "16.1%")
