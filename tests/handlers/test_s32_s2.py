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
