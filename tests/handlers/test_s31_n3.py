"""Figures met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from knowledge.numbers import find_figures
from tests.handlers.stories import answered, expect

_TEA = """| 3 March 2025, Thursday |

Kenyan growers count cost of strong shilling

Kenya's tea exports rose 6% last year to 590,000 tonnes, the tea board said on Wednesday, even as a stronger shilling squeezed growers' margins.

Kenya's minimum wage, which most tea workers earn, rose 9% last month to 15,000 shillings a month.

The industry employs about 650,000 people, most of them smallholders, on 270,000 hectares in the highlands.

Tea prices at the Mombasa auction fell 4% last week, brokers said.
"""


def test_goods_and_business_name_the_trade_the_text_calls_the_industry() -> None:
    expect(answered(_TEA, "How many people does the tea business employ?"), "650,000")


_BANK = """| 7 May 2025, Wednesday |

Harbour Bank lifts profit, adds to buyback

Harbour Bank reported a 5% rise in half-year profit on Wednesday and added A$2.5 billion to its share buyback, even as competition for home loan customers squeezed margins.

Home loans grew 3.1% over the half to A$210.4 billion, led by Queensland. Home loans 90 or more days past due rose to 1.1% of the portfolio.

Shares in Harbour Bank rose 1.9% to A$22.40 by midday in Sydney.
"""


def test_a_sum_added_to_a_thing_measures_that_thing() -> None:
    added = next(f for f in find_figures("The bank added A$2.5 billion to its share buyback on Wednesday.") if f.raw.startswith("A$"))
    assert added.measure == "share buyback"
    expect(answered(_BANK, "How big is Harbour Bank's home loan portfolio?"), "210.4")


def test_a_measure_word_only_modifying_another_measure_is_no_match() -> None:
    # "share buyback" is a buyback; the shares that rose open their own sentence, capitalised
    expect(answered(_BANK, "how much are the shares up today"), "1.9%")


_DRUG = """| 30 October 2025, Thursday |

Veltra profit jumps on heart drug, lifts outlook after U.S. approval

Swiss drugmaker Veltra posted a 15% rise in third-quarter net profit on Thursday and raised its sales outlook.

Net profit rose to 1.2 billion Swiss francs in the three months to September. Revenue climbed 8% to 6.4 billion francs, ahead of forecasts.

U.S. sales rose 14% to $3.1 billion, while sales in Europe slipped 2% to 1.5 billion francs.
"""


def test_a_measure_qualified_by_a_place_ranks_below_the_whole() -> None:
    expect(answered(_DRUG, "What were Veltra's Q3 sales?"), "6.4 billion")
