"""Figures given for another subject than asked: a country typed in lower case that the story
never names, and a share whose whole is only the part again."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_PLANTAINS = """| 14 October 2025, Tuesday |

Ecuador plantain exports slip

Ecuador shipped 26.8 million boxes of plantains in the first nine months of the year, down 6.1% compared with 28.5 million boxes a year earlier, the exporters' association said on Tuesday.

Shipments to Russia fell 14.2% to 4.1 million boxes.
"""


def test_a_lowercase_country_the_story_never_names_abstains() -> None:
    # "the us" is the United States typed low, no pronoun: the story's total fall is no answer
    expect(answered(_PLANTAINS, "how much did plantain shipments to the us fall"), None)
    expect(answered(_PLANTAINS, "how much did plantain shipments to russia fall"), "14.2%")


_TEA = """| 16 October 2025, Thursday |

Kenyan tea exports to China jump

Kenya's tea exports to China rose 58% in the first nine months of the year from a year earlier to 11,400 tonnes, government data showed on Thursday.

In September alone, exports to China reached 1,860 tonnes, the highest monthly volume on record.
"""


def test_a_share_whose_whole_names_the_part_is_no_share() -> None:
    # the nine months' exports to China hold no more than China's part: 1,860 over them is no share
    expect(answered(_TEA, "What percentage of Kenya's tea exports goes to China now?"), None)


_LYCHEES = """| 21 October 2025, Tuesday |

Lychee trade takes the new road

The 135-kilometre Hanoi-Lang Son Expressway, which opened in March, has cut trucking time from the capital to the border crossing from five hours to under two.

About 4,800 refrigerated containers of lychees went through the Youyiguan border gate in the first nine months, the trade ministry said.
"""


def test_a_unit_counted_is_no_length_of_road() -> None:
    # boxes asked are counted in boxes (or TEU), never in kilometres of the road they travel
    reply = answered(_LYCHEES, "how many reefer boxes of lychees were trucked to the border")
    assert "135" not in reply.text, reply.text


_POTASH = """| 2 November 2025, Sunday |

Russian fertiliser exports hit record as India and Africa soak up Black Sea cargoes

Russia's fertiliser exports rose 6% in the first nine months to 31.2 million tonnes, industry data showed on Sunday.

India remained the biggest single buyer, taking 8.9 million tonnes, or 28.5% of the total.

India imports about 85% of the fertilisers its farmers use, the agriculture ministry said.
"""


def test_how_much_of_its_own_whole_asks_a_share() -> None:
    # "how much of its fertiliser does India import?" is India's own part, a share, not the tonnes
    # one seller sold it
    question = "how much of its fertiliser does india buy from abroad"
    assert parse_query(question, stored(_POTASH)).wants == "percent"
    expect(answered(_POTASH, question), "85%")
