"""Figure questions that abstained though the story states the figure: a verb of the question
read as the thing measured, and the count of another thing a word of the question can mean."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SMELTER = """| 12 May 2025, Monday |

Kazakh smelter signs copper offtake with Chinese trader

Kazakh miner Altyn Copper signed an offtake deal on Monday for the output of its new smelter near Pavlodar.

Under the deal, Hangzhou-based trader Qinlu Metals will buy 95,000 tonnes of copper cathode a year for six years.

Last year China took 41% of Kazakhstan's copper exports, up from 33% a year earlier.
"""


def test_a_verb_of_taking_is_what_is_done_with_the_thing_counted() -> None:
    # "taking" reads as revenue, a measure; "China took 41%" elsewhere is no other subject
    expect(answered(_SMELTER, "how many tonnes of cathode a year is the chinese trader taking"), "95,000")


def test_a_verb_of_earning_still_asks_money() -> None:
    ans = answered(_SMELTER, "how much will the chinese trader earn from cathode?")
    assert "95,000" not in ans.text


_MINES = """| 18 November 2025, Tuesday |

Rail strike forces potash miner to idle mines

A rail strike entered its third day on Tuesday, stranding freight across the prairies.

Regina-based Northfield Potash said on Monday it would idle three of its seven Saskatchewan mines from Friday, cutting output by about 41,000 tonnes a week, as storage fills up.

Potash prices rose 4% on the news.
"""


def test_mines_counted_are_no_production_lost() -> None:
    expect(answered(_MINES, "How much production will Northfield lose each week once the mines are shut?"), "41,000")


_PARK = """| 14 November 2024, Thursday |

Chinese firms join Serbian industrial park

Nine companies became residents of the Sino-Serbian industrial zone near Novi Sad this year, the zone's administration said on Tuesday.

Exports by zone residents rose 21% to $310 million in January-September. Germany took 44% of those shipments, while China accounted for 12%.

The zone employs 3,700 people.
"""


def test_a_share_of_those_shipments_is_of_the_ones_just_named() -> None:
    expect(answered(_PARK, "What portion of the residents' shipments went to Germany?"), "44%")
