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

