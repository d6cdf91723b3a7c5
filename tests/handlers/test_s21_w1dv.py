"""Derived figures from one sentence's stated levels, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CORRIDOR = """| 5 March 2024, Tuesday |

Rail upgrade lifts Lindi corridor capacity

The works allow trains of 60 wagons to run on the line, up from 40 before, and should raise the corridor's annual capacity to 30 million tonnes next year, compared with 24 million tonnes last year, the operator said.
"""


def test_the_level_left_dated_to_the_year_asked_from_is_the_base() -> None:
    # 30 / 24 - 1 = 25%, not (60 - 40) / 40 = 50% of the undated wagons
    expect(answered(_CORRIDOR, "by what % will the corridor's capacity grow between 2023 and next year"), "25")


_CAP = """| 5 March 2025, Wednesday |

Power price cap to rise

The regulator said it would raise the cap on household power bills by 5% to 1,260 pounds ($1,610) a year for a typical home from April 1.

The cap currently stands at 1,200 pounds a year. Network charges will add 12 pounds to bills.
"""


def test_compared_with_divides_the_sides_past_a_restated_amount() -> None:
    # "compared with" parts the sides as "than" does; "($1,610) a year" is still per year
    expect(answered(_CAP, "How much more a year will the typical bill be compared with the current cap?"), "60")
