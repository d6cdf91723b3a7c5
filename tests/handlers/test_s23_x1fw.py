"""Figures asked of a place, subject or period the story does not tell abstain."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FRUIT = """| 6 November 2025, Thursday |

Thai mango exports to China jump

Thailand's exports of fresh mangoes to China rose 22% in the first nine months of the year to 410 million baht, the commerce ministry said on Thursday.

Growers expect shipments to keep rising next year as new orchards come into production.
"""


def test_a_two_word_place_typed_in_lower_case_the_story_never_names_abstains() -> None:
    expect(answered(_FRUIT, "how much fresh mango did thailand ship to hong kong"), None)
    expect(answered(_FRUIT, "how much fresh mango did thailand ship to china"), "410")


_PIPE = """| 6 November 2025, Thursday |

Gas flows through Steppe pipeline rise

Daily flows via the Soviet-era Steppe pipeline averaged 18 million cubic metres in October, up from 12 million cubic metres a year earlier, the energy ministry said on Thursday.

A new 420-kilometre railway to the border opened in March.
"""


def test_how_long_a_line_is_wants_a_length_not_a_flow() -> None:
    expect(answered(_PIPE, "How long is the Steppe pipeline?"), None)
    expect(answered(_PIPE, "how long is the new railway"), "420")


_FERRY = """| 14 October 2025, Tuesday |

Fjordline orders four electric ferries

Fjordline's revenue rose 10% last year to 2.2 billion crowns, and the company carried 6.4 million passengers, up from 5.9 million in 2023.
"""


def test_a_level_worked_back_keeps_to_its_own_clauses_year() -> None:
    expect(answered(_FERRY, "what was fjordline's revenue in 2022"), None)
    expect(answered(_FERRY, "what was fjordline's revenue in 2023"), "2")


_ORE = """| 6 November 2025, Thursday |

China's tin ore imports climb

China imported 41,200 tonnes of tin ores from all sources last year, up from 36,900 tonnes in 2023, with Laos the second-largest supplier after Myanmar.
"""


def test_a_name_only_in_a_with_clause_after_the_figure_is_not_its_subject() -> None:
    expect(answered(_ORE, "how many tonnes of ore did laos supply to china"), None)
    expect(answered(_ORE, "how many tonnes of tin ores did china import last year"), "41,200")
