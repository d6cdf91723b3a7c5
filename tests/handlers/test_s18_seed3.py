"""Fresh phrasings of questions on the bundled article, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_ONE_WAY = """| 3 March 2025, Monday |

Kazakh region ships more to China

Kostanay's outbound shipments to China rose 41% in 2024 from a year earlier to 96 billion tenge ($190 million), the regional government said on Monday.

Kazakh firms signed 12 deals with Chinese partners at a fair in Almaty.
"""

_BOTH_WAYS = """| 3 March 2025, Monday |

Kazakh region trades more with China

Kostanay's exports to China rose 41% in 2024 from a year earlier to $190 million, the regional government said on Monday.

Kostanay's imports from China fell 8% to $75 million in 2024.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many usd is kostanay's trade to china worth", "190"),
    ("what was kostanays china trade worth in usd", "190"),
    ("what was kostanay's trade with china worth", "exports"),
    ("what was kostanay's total trade with china", None),  # a whole the article never gives
    ("how much did kostanay import from china", None),  # the other way, never told
    ("what was china's trade with kostanay worth", None),  # the other one's trade is no figure told
])
def test_a_loose_trade_of_one_with_another_told_only_one_way_is_that_way_said_plainly(question: str, expected: str | None) -> None:
    expect(answered(_ONE_WAY, question), expected)


def test_a_loose_trade_told_both_ways_is_no_one_way() -> None:
    expect(answered(_BOTH_WAYS, "what was kostanay's trade with china worth"), None)


_FORUM = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The forum in Aktobe, the capital of Aktobe region, follows talks between the two presidents in Astana last month. The forum was attended by Chinese officials and almost 600 Kazakh companies hoping to enter the Chinese market.

Kazakhstan's wheat exports rose 12% in 2024, the ministry said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many kazakh cos went to the aktobe forum", "600"),
    ("how many kazakh companies went to the aktobe summit", "600"),
    ("how much did kazakhstan's wheat exports to aktobe rise", None),  # an end of a trade, never told
])
def test_a_place_before_a_gathering_names_where_it_was_no_end(question: str, expected: str | None) -> None:
    expect(answered(_FORUM, question), expected)
