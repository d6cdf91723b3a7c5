"""Derived figures met on the 21st session's held-out sets, each kept as a general rule over a
small made-up story: arithmetic on the figures an article states."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRANSFERS = """| 16 December 2025, Tuesday |

Workers' transfers home reach a record in October

Money transfers from Ruritanians working abroad rose 5% from a year earlier to a record $2.10 billion in October, the central bank said on Monday.

In the January-October period, money transfers totalled $19.40 billion, up 3% from $18.83 billion in the same period of 2024.
"""


def test_a_figure_of_no_part_of_the_period_asked_yields_to_the_year_earlier_level() -> None:
    # the ten months of this year are no answer for October last year: October's level worked back
    expect(answered(_TRANSFERS, "what were money transfers in October last year?"), "2 billion")


_PLAN = """| 3 November 2025, Monday |

Miner trims its output plan

Ruritania's state copper miner Norcu said on Friday it would cut its production plan for next year by 20% to 40,000 tonnes due to a shortage of power, sending its shares tumbling in London.
"""


def test_shares_a_cut_sends_tumbling_do_not_make_it_a_share_price_move() -> None:
    # ", sending its shares tumbling" tells what the cut led to: the plan fell, not the share price
    expect(answered(_PLAN, "by how many tonnes did the production plan fall?"), "10,000 tonnes")


def test_an_amount_shaved_off_asks_the_change_in_that_unit() -> None:
    expect(answered(_PLAN, "how many tonnes got shaved off the production plan?"), "10,000 tonnes")
