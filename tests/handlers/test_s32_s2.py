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
    reply = answered(_MEMO, "when did they sign the data sharing memo on customs")
    expect(reply, "March")


_LINES = """| 5 May 2025, Monday |

Lome port draws more lines

A spokesperson for the Port Autonome de Lome said 26 shipping lines now called at the port, up from 21 a year earlier, and that it directly employed about 4,300 people.
"""


def test_a_shipping_line_is_a_company_and_call_ends_the_counted_noun() -> None:
    reply = answered(_LINES, "how many container lines call at the port today")
    expect(reply, "26")


_KIWI = """| 20 May 2025, Tuesday |

Kiwifruit exports hit a record

Zespri said it sold 195 million trays of kiwifruit in the 2024/25 season, up from 151 million trays a year earlier.

Growers will receive an average of NZ$16.52 per tray.
"""


def test_kiwis_are_kiwifruit() -> None:
    reply = answered(_KIWI, "How many trays of kiwis did Zespri sell?")
    expect(reply, "195 million")
