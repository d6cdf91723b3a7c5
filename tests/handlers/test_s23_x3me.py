"""Answers refused because the sentence was judged to measure something else: a share asked of
last season's flow, and an earning told as the flow's worth in money."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_GRAPES = """| 3 March 2025, Monday |

Peruvian avocado growers look to Asia

Peru exported 610,000 tonnes of avocados last season, the growers' association said on Monday.

Japan took 14% of Peru's avocado exports last season, up from 9% five years earlier.

Peru's avocado exports to Europe rose 6% last season, the association said.
"""


def test_a_share_asked_of_last_season_is_the_share_the_story_gives_for_it() -> None:
    # "last season" reads as a year-earlier figure to work out; a share asked is still a percentage
    expect(answered(_GRAPES, "what share of peru's avocado exports went to japan last season"), "14%")


_SEAFOOD = """| 3 November 2025, Monday |

Ecuador shrimp sales abroad climb

Ecuador's shrimp exports rose 9.2% in the first 10 months of the year from a year earlier to $5.31 billion, the trade ministry said on Monday.

Shrimp farmers in the province of Guayas employ about 120,000 people.
"""


def test_an_earning_from_a_flow_of_goods_is_the_flow_told_in_money() -> None:
    expect(answered(_SEAFOOD, "how much did ecuador earn from shrimp shipments jan-oct"), "5.31 billion")
    # an earning from a flow the story never prices is not another flow's money
    expect(answered(_SEAFOOD, "how much did ecuador earn from tuna shipments jan-oct"), None)


_RAND = """| 1 September 2025, Monday |

South African rand slides

The rand weakened 4.2% against the dollar in August, closing the month at 18.9 per dollar, the central bank said on Monday.

Mining group Karoo Metals lost 1.3 billion rand in the first half.
"""


def test_a_currency_that_loses_falls() -> None:
    expect(answered(_RAND, "How much did the rand lose last month?"), "4.2%")
    # a company's loss is money, no fall of its currency
    expect(answered(_RAND, "How much did Karoo Metals lose in the first half?"), "1.3 billion")


_PORT = """| 2 June 2025, Monday |

Beira rail line works

Mozambique's coal exports rose 8% last year, the mines ministry said on Monday.

The upgrade, worth 12.4 billion meticais ($194 million), is financed by a loan from a Chinese bank and is being carried out by a Chinese contractor.
"""


def test_works_asked_by_another_name_are_priced_by_the_worth_after_them() -> None:
    # "revamp" asked, "upgrade" written: a worth right after the works is what they cost
    expect(answered(_PORT, "How much is the railway revamp costing?"), "12.4 billion")

