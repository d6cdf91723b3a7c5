"""Derived answers of the 14th session's second hour: the change between stated levels, what is
left to a target, averages and multiples, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ZONE = """| 3 November 2025, Monday |

More firms move into Ostport zone

The number of companies operating in the Ostport free zone rose to 214 at the end of October from 171 a year earlier, the zone's developer said in a statement.

The developer plans to open a second phase of the zone next year, which could house about 90 more companies.
"""


def test_two_bare_counts_moved_to_and_from() -> None:
    # "rose to 214 ... from 171": two bare numbers of one clause, the count reached and the one left
    expect(answered(_ZONE, "how many more firms operate in the zone compared with a year ago"), "43")


_PLANT = """| 18 November 2025, Tuesday |

Vostra starts output at Ostland battery plant

The plant employs 1,800 people, and the workforce is set to rise to 3,100 by the end of 2027, the chief executive said at an opening ceremony.
"""

_PLANT_NOW = """| 18 November 2025, Tuesday |

Vostra starts output at Ostland battery plant

The plant employs 1,800 people, the chief executive said at an opening ceremony.
"""


def test_still_to_hire_to_hit_a_target_is_the_level_to_come_less_the_one_reached() -> None:
    # "hire" and "target" are the computation; "is set to rise to 3,100" is the level to come
    expect(answered(_PLANT, "how many more workers does the plant still need to hire to hit its target"), "1,300 people")


def test_still_to_hire_with_no_level_to_come_is_not_answered() -> None:
    expect(answered(_PLANT_NOW, "how many more workers does the plant still need to hire to hit its target"), None)


_SHIPMENTS = """| 13 October 2025, Monday |

Ruvena's exports to Tarsland soar

Ruvena's outbound shipments to Tarsland soared 60% in the first nine months from a year earlier to 48 billion yuan ($6.6 billion).
"""


def test_by_how_much_in_actual_yuan_is_the_change_in_yuan() -> None:
    # "in actual yuan, not %": the change told in the currency, as "by how many yuan" asks it
    expect(answered(_SHIPMENTS, "by how much did ruvena's tarsland-bound exports go up in actual yuan, not %"), "18 billion yuan")


def test_by_how_much_alone_is_still_the_rate() -> None:
    expect(answered(_SHIPMENTS, "by how much did ruvena's exports to tarsland go up?"), "60%")


_TO_RUSSIA = """| 13 October 2025, Monday |

Ruvena's exports to Russia soar

Ruvena's outbound shipments to Russia soared 60% in the first nine months from a year earlier to 48 billion yuan ($6.6 billion).
"""


def test_an_amount_on_average_a_month_is_spread_over_its_months() -> None:
    # "on avg how much ... per month": an amount over the months of its span, as a count is
    expect(answered(_SHIPMENTS, "on avg how much did ruvena export to tarsland per month jan-sep"), "5.33 billion yuan ($0.73 billion) a month")


def test_a_place_named_by_its_letters_keeps_them_in_an_average() -> None:
    # "to RU": the side asked keeps its letters' case, which names Russia ("ru" names nothing)
    expect(answered(_TO_RUSSIA, "on avg how much did ruvena export to RU per month jan-sep"), "5.33 billion yuan")


_LEVELS = """| 13 October 2025, Monday |

Ruvena's exports to Russia climb

Ruvena's outbound shipments to Russia reached 48 billion yuan in the first nine months, customs data showed.
"""


def test_the_multiple_against_last_year_is_one_plus_the_rate() -> None:
    # "nearly doubled? whats the multiple": one plus the year-on-year rate, "doubled" only a guess
    expect(answered(_TO_RUSSIA, "so ruvena's exports to russia nearly doubled? whats the multiple vs last yr"), "1.6 times")


def test_the_multiple_with_no_rate_stated_is_not_answered() -> None:
    expect(answered(_LEVELS, "so ruvena's exports to russia nearly doubled? whats the multiple vs last yr"), None)


_BEEF = """| 8 October 2025, Wednesday |

Ostland's beef exports to Tarsland surge

Ostland's beef exports to Tarsland jumped 28.5% in September from a year earlier to 140,200 tonnes, government data showed.

The group forecast that beef exports to Tarsland would reach a record 1.5 million tonnes in 2025, up from 1.2 million tonnes last year.

Tarsland took 49.3% of Ostland's total beef export volume in the month, up from 44.1% in September 2024.
"""


def test_points_asked_are_two_shares_moved_not_tonnes() -> None:
    # "by how many points ... slice": "took 49.3% ..., up from 44.1%", not the tonnes forecast
    expect(answered(_BEEF, "by how many points did tarsland's slice of ostland's beef exports grow from a year before"), "5.20 percentage points")


_FORUM = """| 22 October 2025, Wednesday |

Ostland, Tarsland firms sign deals as trade climbs

Tarsland's Vice Commerce Minister Li Wen told the forum that Tarsland's direct investment in Ostland reached $2.1 billion in the first half of the year, up 12% from a year earlier.

Bilateral trade turnover rose 8.0% to $27 billion in January-September from a year earlier, statistics bureau data showed last week.
"""


def test_a_year_earlier_level_is_worked_back_from_a_figure_of_the_span_asked() -> None:
    # "the first nine months of last year": the first half's investment works back to no nine months' level
    expect(answered(_FORUM, "what was ostland-tarsland trade in the first nine months of last year"), "$25 billion")


_BANK = """| 12 February 2025, Wednesday |

Ostbank profit rises, bad debt charges jump

Ostbank reported a 4.1% rise in first-half cash profit on Wednesday and added A$1.2 billion to its share buyback.

Credit impairment charges jumped to A$390 million from A$250 million a year earlier, the bank said.

Total provisions for bad loans stood at A$5.1 billion.
"""


def test_how_much_more_was_spent_than_a_year_before_is_the_levels_gap() -> None:
    # "how much more did they set aside ... than a year before": an amount's two levels, not a level
    expect(answered(_BANK, "how much more did they set aside for bad debts than a year before"), "140 million")
