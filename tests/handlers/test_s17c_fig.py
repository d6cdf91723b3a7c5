"""Figure questions that abstained or gave another figure though the story states the one asked:
a thing a line moves, a people's name for its country, a share of the trade way asked."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 3 November 2025, Monday |

Kenya railway freight climbs

Freight on the Chinese-built railway linking Kenya's port of Mombasa with the capital Nairobi rose 12.6% year on year in the first nine months of 2025, the operator said on Monday.

The Mombasa-Nairobi Railway Company hauled 4.35 million tonnes of cargo between January and September, including 210,000 containers, managing director Ruth Wanjiru said.

The line was built by China Road and Bridge Corporation and opened in 2017.
"""


def test_a_thing_a_line_moves_is_the_amount_carried_not_its_change() -> None:
    # "move" names no rise or fall when the question names what was moved ("how much cargo")
    expect(answered(_RAIL, "how much cargo did the railway move in the first nine months"), "4.35 million tonnes")


_COTTON = """| 14 October 2025, Tuesday |

Turkmenistan's cotton sales abroad rise

Turkmenistan exported 86,400 tonnes of cotton fibre in the first nine months of the year, up 9.1% from a year earlier, the statistics agency said on Monday.

The shipments were worth $152 million, the agency said.

Cotton makes up about 11% of the country's merchandise exports.
"""


def test_a_peoples_name_names_their_country() -> None:
    # "Turkmen" is Turkmenistan as "Uzbek" is Uzbekistan; asked by it, the figure is Turkmenistan's
    expect(answered(_COTTON, "how much cotton fibre did turkmen exporters ship abroad"), "86,400")


_CRAB = """| 5 March 2025, Wednesday |

Norwegian crab exports to Korea recover

Norway shipped 920 tonnes of king crab to South Korea in January, the seafood council said on Tuesday.

South Korea now buys about 37% of Norway's king crab exports, up from 21% in 2020, after Japan cut its orders.

Japan took 1,100 tonnes in the same month.
"""


def test_a_share_of_the_exports_asked_is_the_exports_though_a_buyer_buys_it() -> None:
    # "buys" trades the other way, but "37% of Norway's king crab exports" is a share of exports;
    # no share computed from 920 tonnes over Japan's 1,100
    expect(answered(_CRAB, "What share of Norway's king crab exports goes to South Korea?"), "37%")


_SALMON = """| 12 March 2025, Wednesday |

Chilean salmon sales to Brazil climb

Chilean salmon exports to Brazil rose to 31,200 tonnes in the first two months of 2025, the salmon council said on Tuesday.

Prices paid to farmers averaged $7.40 a kilogram in February, up 6% on a year earlier.
"""


def test_two_months_in_a_row_asked_together_are_one_span() -> None:
    # "in january and february" is the span "the first two months" states, not each month alone
    expect(answered(_SALMON, "how many tonnes of salmon went to brazil in january and february"), "31,200")


_PASS = """| 9 June 2025, Monday |

Mongolia's border crossing with Russia gains trade

The Altanbulag crossing now handles 54% of Mongolia's overland trade with Russia, up from 41% a year earlier, the customs office said on Monday.

Mongolia's total trade with Russia rose 8% in the first five months of the year.
"""


def test_land_trade_is_the_trade_told_as_overland() -> None:
    expect(answered(_PASS, "What share of Mongolia's land trade with Russia goes through Altanbulag?"), "54%")


_PROVINCE = """| 20 October 2025, Monday |

Heilongjiang's trade with Mongolia climbs

Heilongjiang's outbound shipments to Mongolia rose 14.2% in the first nine months from a year earlier to 3.18 billion yuan, customs said.

Imports from Mongolia fell 6% to 1.2 billion yuan over the same period.
"""


def test_goods_bound_for_a_place_are_sent_there() -> None:
    # "mongolia bound goods" are the shipments to Mongolia; "bound" is no word to find
    expect(answered(_PROVINCE, "yuan value of heilongjiangs mongolia bound goods first 9 months"), "3.18 billion yuan")


_BIKES = """| 14 November 2025, Friday |

Taiwan bicycle exports slip

Taiwan's bicycle exports fell 3.1% in October from a year earlier to 6.2 billion Taiwan dollars, the trade ministry said on Friday.

In all, 182,000 bicycles were shipped in October, down 5.4% from a year earlier.
"""


def test_goods_that_left_a_country_were_sent_abroad() -> None:
    # "left Taiwan" is told as "were shipped"; "left" is still a word to find, in the export's words
    expect(answered(_BIKES, "How many bicycles left Taiwan in October?"), "182,000")
