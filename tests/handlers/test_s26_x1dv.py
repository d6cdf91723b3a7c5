"""Derived questions (one arithmetic step from stated figures) met on this session's sets, each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SALES = """| 14 September 2025, Sunday |

Chinese truck maker grows abroad

Dongxing Motors delivered 120 trucks to a mining firm in Peru last week, the company said.

Dongxing's overseas sales rose 25% to 5.0 billion yuan in the first eight months of the year, the Wuhan-based company said earlier this month.
"""


def test_a_month_of_the_telling_is_no_shorter_base_of_a_year_earlier_level() -> None:
    expect(answered(_SALES, "what were dongxing's overseas sales in the same period a year earlier"), "4 billion yuan")
