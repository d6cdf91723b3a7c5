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
