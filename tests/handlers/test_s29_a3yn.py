"""Yes-no questions answered by the figure that decides them, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TENDER = """| 3 March 2025, Monday |

Morocco buys wheat in a cheaper tender

Morocco's state grain agency bought 300,000 tonnes of wheat in a tender on Tuesday, traders said.

The agency received 14 offers from nine trading houses, with wheat offered from France, Romania and Argentina.

French wheat was bought at $231.50 a tonne and Romanian wheat at $236.00, bringing the weighted average to $233.10 a tonne. That compares with an average of $245.80 a tonne in the agency's previous tender last month and $259.40 a year earlier.

Morocco imports about 5 million tonnes of wheat a year, and its reserves cover four months of consumption.
"""


def test_a_level_set_against_in_a_that_compares_sentence_is_the_one_before() -> None:
    reply = answered(_TENDER, "Did Morocco pay more for wheat than in the tender before?")
    expect(reply, "No.")
    expect(reply, "245.80")


_POWER = """| 3 March 2025, Monday |

Norwegian smelter signs new power deal

Fjordal Aluminium has signed a 12-year power contract with state utility Nordkraft, the two companies said on Wednesday.

Under the deal, Nordkraft will supply 620 megawatts (MW) of hydro power to the smelter from January 2027. That is up from 540 MW under the current contract, which expires next year.

The smelter produced 310,000 tonnes of aluminium last year, up from 295,000 tonnes in 2023.
"""


def test_a_that_is_up_from_level_is_the_old_one_asked() -> None:
    reply = answered(_POWER, "Does the new contract provide more power than the old one?")
    expect(reply, "Yes.")
    expect(reply, "540")
