"""Figure questions met on the nineteenth session's blind sets, each kept as a general rule over a
small story: a share asked of the story's measure, stated as a share of its unnamed total."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_CASHEW = """| 4 November 2025, Tuesday |

Ghana's cashew exports rise as Asian demand grows

Ghana's raw cashew exports rose 11.2% in the first nine months of the year to $412 million, the export promotion authority said on Tuesday.

India remained the biggest market, buying $188 million worth of Ghanaian cashews, or 45.6% of the total, mostly for processing in Kerala.

Vietnam was the second-largest buyer, taking 61,000 tonnes, or 29.4% of total shipments, up from 22% a year earlier.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the buyer's verb ("buying") is no other measure than the export value the headline names
    ("What share of export value went to India?", "45.6"),
    # "total shipments" in a story on cashews are all the cashew shipments
    ("What share of Ghana's cashew shipments went to Vietnam?", "29.4"),
])
def test_a_share_of_the_total_is_of_the_storys_measure(question: str, expected: str) -> None:
    expect(answered(_CASHEW, question), expected)


_ALL_GOODS = """| 4 November 2025, Tuesday |

Ghana's gold exports hit a record

Ghana's gold exports rose 31% in the first nine months of the year to $9.1 billion, the central bank said on Tuesday.

The Netherlands took 12% of total shipments, the bank said.
"""


def test_a_share_of_the_total_is_no_share_of_another_kind() -> None:
    # the total is of all the story's gold shipments, not of the cocoa asked
    expect(answered(_ALL_GOODS, "What share of Ghana's cocoa shipments went to the Netherlands?"), None)


_SMELTER = """| 4 November 2025, Tuesday |

Zambian copper smelter lifts exports

Copper exports from the Kitwe smelter of Zambia rose 18% in the first nine months of the year to $2.1 billion, the operator said on Tuesday.

The minister said the smelter now accounts for 9.4% of the country's total exports.
"""


@pytest.mark.parametrize("question", [
    "What share of Zambia's overall exports does the smelter account for?",
    "What share of Zambia's total exports does the smelter account for?",
])
def test_overall_and_total_are_one_whole(question: str) -> None:
    expect(answered(_SMELTER, question), "9.4")
