"""Abstentions met on this session's held-out sets (wave d5), each a general rule over a small
made-up story, never the wording of a graded question."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_HUB = """| 3 March 2025, Monday |

Vienna opens a new rail freight terminal

Austria opened a rail freight terminal in Vienna on Monday, making the city the main hub for Chinese goods in the region, the transport minister said.

The terminal can handle 300,000 containers a year, the ministry said.

About 40 Chinese companies attended the opening ceremony, hoping to win contracts at the terminal.

To cope with demand, the operator plans two more warehouses with a combined capacity of 5,000 tonnes by 2027, at a cost of 90 million euros.

The operator's debts stood at about 400 million euros at the end of last year, and it has been talking to Chinese banks about refinancing part of them.
"""


def test_a_count_of_the_whole_is_no_part_of_it() -> None:
    expect(answered(_HUB, "how many of the chinese companies at the opening later won contracts"), None)
    expect(answered(_HUB, "how many chinese companies attended the opening"), "40")
    # ("part of them" tells no part's size)
    expect(answered(_HUB, "how much of the operator's debt is owed to chinese banks"), None)
    expect(answered(_HUB, "how much debt does the operator have"), "400 million euros")


def test_a_total_cost_is_no_price_per_unit_of_an_amount_beside_it() -> None:
    # "5,000 tonnes" is the warehouses' capacity: the 90 million euros price no tonne.
    expect(answered(_HUB, "what price per tonne will the operator pay for the warehouses"), None)
    expect(answered(_HUB, "how much will the warehouses cost"), "90 million euros")


_BONDS = """| 3 March 2025, Monday |

Miner sells its first dollar bonds

The miner sold $300 million of three-year notes priced to yield 6.5% and $300 million of five-year notes priced at 7.1%, the company said.

It produced 1.2 million ounces of gold last year, according to its annual report.

Rival Westgold has won orders worth $2.1 billion, 70% of its $3 billion goal, while Eastgold has booked $900 million since January.
"""


def test_a_number_spelled_out_qualifies_as_its_digits() -> None:
    expect(answered(_BONDS, "yield on the 10yr notes?"), None)
    expect(answered(_BONDS, "yield on the 3-year notes?"), "6.5%")


def test_a_target_asked_is_no_outcome_beside_another_s_goal() -> None:
    expect(answered(_BONDS, "What is Eastgold's order target?"), None)
    expect(answered(_BONDS, "Target for Eastgold's orders?"), None)  # the word asked, whatever its case
    expect(answered(_BONDS, "What is Westgold's order target?"), "$3 billion")

