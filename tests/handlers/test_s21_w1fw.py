"""Figures asked in a named unit, and questions the article cannot answer, over small stories."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PARK = """| 3 March 2025, Monday |

Kenyan fruit park opens

The Thika Fruit Park, built by a Chinese contractor at a cost of $95 million, covers 260 hectares and includes a juice plant and a rail spur to Mombasa.

The park employs 1,400 people, the agency said.
"""


def test_a_unit_asked_after_in_picks_the_figure_in_that_unit() -> None:
    # "in hectares" asks an area, not the cost its sentence opens on
    expect(answered(_PARK, "How big is the Thika park in hectares?"), "260")
    expect(answered(_PARK, "How big is the Thika park in hectars?"), "260")


def test_a_unit_asked_that_no_figure_is_in_abstains() -> None:
    expect(answered(_PARK, "How big is the juice plant in tonnes?"), None)


_RUBBER = """| 8 October 2025, Wednesday |

Malaysian palm oil exports to India climb

Malaysia's palm oil exports to India rose 12% in the first nine months of the year from a year earlier to 2.1 million tonnes, the board said on Wednesday.

Malaysia exported 16.9 million tonnes of palm oil last year, down 3% from 2023.
"""


def test_a_share_is_not_worked_out_over_a_whole_of_another_period() -> None:
    # nine months of this year are no part of last year's total
    expect(answered(_RUBBER, "what % of malaysian palm oil exports went to india"), None)


_GAS = """| 3 March 2025, Monday |

Uzbek gas sales grow

China now buys about 60% of Uzbekistan's gas exports, up from 35% in 2015.

Uzbekistan's gas exports to Kazakhstan were worth $1.4 billion last year.
"""


def test_the_value_of_a_thing_asked_is_money_not_a_share() -> None:
    # "What was the value of ..." asks an amount of money, which "about 60% of" is not
    expect(answered(_GAS, "What was the value of Uzbekistan's gas sales to China?"), None)
    expect(answered(_GAS, "What was the value of Uzbekistan's gas exports to Kazakhstan?"), "1.4 billion")

