"""Derived sums met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RICE = """| 3 March 2025, Monday |

Philippines moves to cool rice prices

The Philippines will import 4,500 tonnes of Vietnamese rice over the next month, the agriculture department said on Monday, as a typhoon-hit harvest pushed prices to record highs.

The department said the country's rice stocks stood at 180,000 tonnes at the end of February.

Officials said the state would also release 3,000 tonnes of rice from buffer reserves by the end of March.
"""


def test_a_total_of_two_sources_named_after_it_adds_each_sources_amount() -> None:
    # "release" is also a word for "say": the ministry "said" in the import sentence names no release
    expect(answered(_RICE, "how much rice in total is the govt adding thru imports plus the reserve release"), "7,500")
