"""Figures asked in everyday words (last wave of the 15th session): the figure the article states."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 19 November 2025, Wednesday |

Port operators sign deals at Caspian forum

Shipping companies from three countries signed 9 agreements worth a combined $500 million on Tuesday.

The largest order, worth $210 million, was placed by Caspian Lines for three tankers to be built at a local yard.

Last month the three governments agreed a single tariff of $1,200 per container on the route.
"""


def test_single_after_a_superlative_is_emphasis() -> None:
    # "the biggest single order": "single" is no kind of order to find ("The largest order, worth ...").
    expect(answered(_FORUM, "whats the biggest single order worth"), "$210 million")


_COMPLEX = """| 21 October 2025, Tuesday |

Gulf producer to build refinery complex in China

Najd Petroleum and Huaxin Chemical signed an agreement on Monday to build a $12 billion refining and petrochemical complex in Fujian.

The complex will include a 300,000-barrel-a-day refinery and a 1.5 million-tonne-a-year ethylene cracker, the companies said.

Najd will supply the crude under a 20-year contract.
"""


def test_a_hyphened_rate_before_a_plant_is_its_capacity() -> None:
    # "a 1.5 million-tonne-a-year ethylene cracker": the rate written in hyphens is still a rate,
    # and before the plant it names it is the plant's capacity.
    expect(answered(_COMPLEX, "whats the ethylene capacity gonna be"), "1.5 million")
    expect(answered(_COMPLEX, "how big will the refinery be"), "300,000")
