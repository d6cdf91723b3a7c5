"""Figure questions of the fourteenth pass: money asked by name, and everyday words for what
the article says otherwise."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORK = """| 9 October 2025, Thursday |

Chilean pork exports to Japan climb

Chile's pork exports to Japan rose 12.5% in August from a year earlier to 21,400 tonnes, customs data showed on Wednesday.

Earnings from the shipments rose 18.2% to $96.3 million, as the average price paid by Japanese importers climbed to $4,500 per tonne from $4,150 a year earlier.
"""


def test_money_asked_by_name_is_no_tonnes_rate_or_price() -> None:
    # "how much money" is neither the tonnes, nor the rise, nor the price a tonne (nor the price
    # it rose from)
    expect(answered(_PORK, "How much money did August pork sales to Japan bring in?"), "96.3")


def test_money_asked_per_unit_is_a_price() -> None:
    expect(answered(_PORK, "How much money did Japanese importers pay per tonne?"), "4,500")


_SHARE = """| 9 October 2025, Thursday |

Chilean pork exports to Japan climb

Chile's pork exports to Japan rose 12.5% in August from a year earlier to 21,400 tonnes.

Japan took 38.2% of Chile's total pork export volume in the month, up from 33.9% a year earlier.
"""


def test_a_share_asked_by_its_sign() -> None:
    # "what % of X went to Y" asks a share, as "what share of" does, not the rise
    expect(answered(_SHARE, "what % of chiles pork exports went to japan in august"), "38.2")


_FERRY = """| 12 November 2025, Wednesday |

Adriatic ferry operator posts record quarter

Dalmatia Ferries carried 2.1 million passengers in the third quarter, up 5.2% from a year earlier, the Split-listed company said on Tuesday.

The company transported 415,000 passenger cars in the quarter, up 4.4% year on year.
"""


def test_the_carriers_own_craft_is_no_word_to_find() -> None:
    # "on their boats" is how the carrier carries; "transported 415,000 passenger cars" need not say it
    expect(answered(_FERRY, "how many cars went on their boats july to september"), "415,000")


_FORUM = """| 22 October 2025, Wednesday |

Uzbek and Korean firms sign deals at Tashkent forum

Uzbek and South Korean companies signed 41 agreements worth $3.2 billion at an investment forum in Tashkent on Tuesday, the trade ministry said.

The largest agreement, worth $900 million, was signed by a power producer for a solar park.
"""


def test_everything_is_no_word_to_find() -> None:
    # "everything they signed" is whatever was signed: the total of the deals
    expect(answered(_FORUM, "What's the total value of everything they signed?"), "3.2 billion")


_LIAONING = """| 9 December 2023, Saturday |

Jilin firms ink deals with Russian partners

Chinese and Russian companies attending a regional conference in northeastern China signed a slew of cooperation agreements.

In January to September, 40 Russian firms set up businesses in Jilin, China's national broadcaster reported on Monday.

Jilin's outbound shipments to Russia soared 41.2% in the first nine months from a year earlier to 18.31 billion yuan ($2.51 billion).
"""


def test_stuff_is_no_word_to_find() -> None:
    expect(answered(_LIAONING, "total value of the stuff jilin sold to russia jan to sep?"), "18.31")


def test_give_me_asks_for_what_follows() -> None:
    # "Give me" is the request, not giving asked about
    expect(answered(_LIAONING, "Give me the US dollar value of what Jilin sold to Russia in the first three quarters."), "2.51")


_RAIL = """| 21 October 2025, Tuesday |

New rail link opens at Kazakh-Chinese border crossing

Kazakhstan's grain exports to China rose 9.2% in the first nine months of 2025 from a year earlier to 2.1 million tonnes, customs data showed on Tuesday.

The 24-km line linking Zhetygen in Kazakhstan's Almaty region with Khorgos in China's Xinjiang region began regular operations on Monday, when a first train of 55 wagons carried about 3,800 tonnes of milling wheat across the border.

The line has an initial capacity of 12 million tonnes a year, rising to 20 million tonnes once a new yard is finished in 2027, the operator's chief executive said.
"""


def test_a_deed_done_once_is_no_yearly_rate() -> None:
    # "did ... haul" asks what was carried ("a first train ... carried about 4,300 tonnes"), not
    # what the line can carry a year ("an initial capacity of 15 million tonnes a year")
    expect(answered("mn_coal", "how many tonnes did the first train haul across"), "4,300")


def test_what_a_thing_can_carry_is_its_capacity() -> None:
    # "can move per year" asks a capacity (no move of a level), and "when it starts out" its initial one
    expect(answered(_RAIL, "How much can the line move per year when it starts out?"), "12 million")


_SUMMIT = """| 22 October 2025, Wednesday |

Uzbek and Korean firms sign deals at Tashkent forum

Uzbek and South Korean companies signed 41 agreements worth $3.2 billion at an investment forum in Tashkent on Tuesday, the trade ministry said.

The two-day Uzbekistan-Korea Business Forum drew 520 companies, including 210 from South Korea, up from 380 firms last year.

Bilateral trade rose 11.2% to $3.9 billion in January-September from a year earlier, statistics office data showed last week.
"""


def test_a_forum_that_drew_firms_was_attended() -> None:
    # "showed up" is attending, which "drew 520 companies" says from the forum's side (though
    # another sentence says "showed")
    expect(answered(_SUMMIT, "how many companies showed up at the tashkent forum"), "520")
