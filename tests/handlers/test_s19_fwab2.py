"""Answers that should not be given: a figure of another period or measure than asked, each
refused by a general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_COPPER = """| 16 January 2025, Thursday |

Zambian copper exports hit record

Zambia exported 840,000 tonnes of copper last year, up 5.1% from 2023, the mines minister said on Monday.

Revenue from copper sales abroad fell 3.2% to 92 billion kwacha, according to central bank data published last week, because prices on the London Metal Exchange stayed well below their 2022 peaks.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much copper did zambia export in 2022", None),
    ("how much copper did zambia export last year", "840,000"),
])
def test_a_clause_giving_the_cause_dates_no_figure(question: str, expected: str | None) -> None:
    expect(answered(_COPPER, question), expected)


_PARK = """| 14 November 2024, Thursday |

Firms pile into Lusaka industrial park

Nine companies became residents of the Lusaka East industrial park in the first nine months of the year, the park's director said.

Exports by park residents jumped 21% year-on-year to $118 million in January-September.

Employment at the park reached 2,300 people at the end of September, up 9% from a year earlier.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("How much did the park's residents import from China?", None),
    ("how much did the park's residents export", "118"),
    ("what was employment at the park", "2,300"),
])
def test_employment_is_a_measure_of_its_own(question: str, expected: str | None) -> None:
    expect(answered(_PARK, question), expected)


_CORRIDOR = """| 5 November 2025, Wednesday |

Kyrgyz rail corridor draws more cargo

Cargo on the Southern Corridor, which runs from China through Kyrgyzstan to Uzbekistan, has surged since 2022 as shippers avoid longer routes.

Freight volumes on the route jumped 41% year-on-year to 2.6 million tonnes in the first nine months of this year, the railway said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("southern corridor cargo volume in october", None),
    ("southern corridor freight volumes in the first nine months", "2.6 million"),
])
def test_a_bare_lookup_of_a_measure_for_a_period_wants_a_figure(question: str, expected: str | None) -> None:
    expect(answered(_CORRIDOR, question), expected)
