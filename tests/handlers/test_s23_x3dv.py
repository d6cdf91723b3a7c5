"""Derived questions of the twenty-third session, third wave: rates worked from amounts told in
two currencies."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BONUS = """| 23 January 2025, Thursday |

Dockers threaten strike at San Antonio

The union is demanding a one-off bonus of 1.5 million pesos ($1,520) per worker, compared with the 4% rise offered by the terminal operator.
"""


def test_an_amount_written_out_in_brackets_keeps_its_own_scale() -> None:
    # $1,520 is no $1,520 million: 1.5 million pesos ÷ $1,520, not a rate in dollars per peso
    reply = answered(_BONUS, "What peso-dollar exchange rate does the bonus figure imply?")
    expect(reply, "986.8 pesos per dollar")


_SUBSIDY = """| 20 March 2025, Thursday |

Uzbekistan raises gas subsidy

The government has set aside 4.05 trillion sums ($324 million) in this year's budget to cover the gap between import costs and regulated household tariffs.

A power smelter signed a contract worth about 96 billion Icelandic crowns ($695 million) on Wednesday.
"""


def test_the_uzbek_sum_spelt_sums_is_money_whose_pair_implies_a_rate() -> None:
    expect(answered(_SUBSIDY, "what sum/dollar exchange rate is implied by the subsidy budget figures"), "12,500")


def test_icelandic_crowns_are_money_whose_pair_implies_a_rate() -> None:
    expect(answered(_SUBSIDY, "what exchange rate of crowns per dollar does the contract value imply"), "138.1 Icelandic crowns per dollar")


_ROUTE = """| 4 November 2024, Monday |

Copper miners turn to Lobito

A port spokesperson said the journey from Kolwezi to Lobito now took about eight days by rail, compared with around 30 days by truck and ship via Durban.
"""


def test_how_many_days_quicker_than_is_the_gap_of_two_durations() -> None:
    expect(answered(_ROUTE, "How many days quicker is the Kolwezi-Lobito rail trip than going via Durban?"), "22 days")


def test_a_spelt_out_number_is_no_word_of_the_gaps_unit() -> None:
    reply = answered(_ROUTE, "How many days quicker is the Kolwezi-Lobito rail trip than going via Durban?")
    assert "eight days =" in reply.text and "22 eight" not in reply.text, reply.text
