"""Figures asked in everyday words: the figure the article states, however the question puts it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_REFINERY = """| 22 October 2025, Wednesday |

Gulf producer and Chinese refiner agree refinery venture

Qamar Oil and China's Dongfeng Refining signed an agreement on Tuesday to build a $9 billion refinery in Guangdong.

Qamar will take a 40% stake in the joint venture and supply 250,000 barrels per day of crude, the companies said.

Qamar pumps about 1.2 million bpd from its fields, up from 990,000 bpd a year earlier.
"""


def test_a_stake_in_it_is_a_share_of_it() -> None:
    # "a 40% stake in the joint venture" is the slice of the JV asked, though no "of" follows it.
    expect(answered(_REFINERY, "how big a slice of the JV is Qamar getting"), "40%")
    expect(answered(_REFINERY, "what share of the joint venture is Qamar taking?"), "40%")


_COTTON = """| 12 November 2025, Wednesday |

Textile clusters get state help

Last month the cabinet approved 2.5 trillion soums ($200 million) in subsidised loans to help textile clusters replace old looms.

The agency said it had registered the plots of 900,000 smallholders with satellite mapping since 2022.

Yields have fallen 9% in the south because of drought.
"""


def test_a_cheap_loan_is_a_subsidised_one_and_no_fall() -> None:
    # "cheap" names the kind of loan ("subsidised loans"): no fall is asked of the package.
    expect(answered(_COTTON, "whats the size of the cheap loan package for the clusters"), "2.5 trillion soums")


def test_small_farmers_are_smallholders() -> None:
    expect(answered(_COTTON, "how many small farmers have had their plots mapped so far"), "900,000")


_MILL = """| 25 September 2025, Thursday |

Chinese textile firm to build mill in Uzbekistan

The biggest deal was signed by Jiangsu Lanfang Textile Co, which will invest $300 million in a spinning and weaving complex in Kokand, in Fergana province, able to process 50,000 tonnes of cotton fibre a year.

Uzbekistan harvested 3.6 million tonnes of raw cotton this year.
"""


def test_the_province_a_town_is_in_is_no_other_place() -> None:
    # "in Kokand, in Fergana province": the province locates the town asked, no rival to it.
    expect(answered(_MILL, "How many tonnes of fibre can the Kokand complex handle a year?"), "50,000 tonnes")
