"""Derived questions met on this session's sets (one arithmetic step from stated figures), each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SHIPMENTS = """| 3 March 2025, Monday |

Chilean plant takes delivery of Chinese kilns

The first 120 crates of kiln parts reached the port of San Antonio from Tianjin last week, the plant's manager said. A further 75 crates are due by the end of May.

The plant will employ 300 people and cost $450 million.

Copper exports rose 6% last year to 1.9 million tonnes.
"""


def test_a_total_adds_the_further_amount_the_next_sentence_opens_on() -> None:
    expect(answered(_SHIPMENTS, "How many crates of kiln parts in total, counting the ones still to come?"), "195")
