"""Rules met on wave s2's share of held-out failures, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DATELINE = """| 12 June 2024, Wednesday |

Norway's Vestfjord port posts record car transhipments

OSLO, June 12 (Reuters) - Norway's Vestfjord International Port handled a record 41,200 vehicles for transhipment in May, up 12% from a year earlier, its operator Vestfjord International Port Group (VIPG) said on Wednesday.

Vessel calls at the port rose 9% to 210 in the first five months of the year.
"""


def test_a_dateline_town_is_no_subject_of_the_figures() -> None:
    reply = answered(_DATELINE, "how many cars went thru vestfjord for transhipment in may")
    expect(reply, "41,200")


_MEMO = """| 16 October 2025, Thursday |

Two countries open a new border post

TALLINN, Oct 16 (Reuters) - Estonia on Wednesday opened a new customs post on its border with Latvia.

In March, the two governments signed a memorandum to share customs data electronically, officials said.
"""


def test_a_memo_is_a_memorandum_and_data_qualifying_it_is_no_news() -> None:
    reply = answered(_MEMO, "when was the customs data sharing memo signed")
    expect(reply, "March")
