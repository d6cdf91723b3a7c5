"""Derived figures over small made-up stories: a method named before the question, a rate told a
sentence before its level, a currency of Africa's own name, and a share of the amount just told."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FRUIT = """| 18 June 2025, Wednesday |

Malawi ships more avocados

Malawi's total avocado exports rose 25% year-on-year to 50,000 tonnes in the 2024 season, the growers' association said.
"""


def test_a_method_named_before_the_question_is_no_word_to_find() -> None:
    expect(answered(_FRUIT, "based on the growth rate, what were malawi's total avocado exports the season before"), "40,000")


_RAIL = """| 14 October 2025, Tuesday |

Lakeside railway freight climbs

Freight on the Lakeside railway rose 25% year on year in the first nine months of 2025, the operator said on Monday.

The Lakeside Railway Company hauled 2.5 million tonnes of cargo between January and September, chief executive Amos Banda told reporters.
"""


def test_a_level_is_worked_back_with_the_rate_of_the_sentence_before() -> None:
    expect(answered(_RAIL, "how many tonnes did the railway haul in the same period last year"), "About 2 million")


_DEBT = """| 20 November 2024, Wednesday |

Angola repays Chinese lenders

Finance Minister Ana Lopes said the country paid 1.8 trillion kwanzas ($2 billion) in debt service to Chinese creditors in the first nine months.
"""


def test_kwanzas_are_money_whose_dollar_pair_implies_a_rate() -> None:
    expect(answered(_DEBT, "what kwanza/dollar rate is implied by the debt service figures"), "900")


_PARK = """| 20 October 2025, Monday |

Industrial park exports rise

Exports by park residents jumped 20% year-on-year to $200 million in January-September, the park's director said. Russia took 60% of those shipments, up from 54% a year earlier.
"""


def test_a_name_taking_a_share_of_the_amount_just_told_has_its_part() -> None:
    expect(answered(_PARK, "how much did park firms sell to russia in dollar terms"), "120")


_STAKE = """| 3 June 2025, Tuesday |

Falcon Metals to buy stake in Kabwe zinc mine

London-listed Falcon Metals has agreed to buy a 40% stake in the Kabwe zinc mine in Zambia for $800 million, the company said on Tuesday.
"""


def test_a_stake_priced_values_the_whole_thing_it_is_in() -> None:
    expect(answered(_STAKE, "What does the deal value the whole mine at?"), "$2,000 million")
