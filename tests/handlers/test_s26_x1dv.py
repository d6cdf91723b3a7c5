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


_CORRIDOR = """| 20 October 2025, Monday |

Caspian ferry line adds ships

Cargo volumes on the ferry line jumped 25% year-on-year to 5.0 million tonnes in the first nine months of this year, the operator said.

The line carried 40,000 containers in the third quarter, it said.
"""


def test_a_run_of_quarters_asked_is_the_months_they_span() -> None:
    expect(answered(_CORRIDOR, "how much cargo moved on the ferry line in q1-q3 of last year?"), "4 million tonnes")


def test_a_run_of_quarters_is_read_as_one_period() -> None:
    from datetime import date

    from knowledge.dates import find_times

    (span,) = find_times("in Q1-Q3 of last year", date(2025, 10, 20))
    assert (span.start_date, span.end_date) == (date(2024, 1, 1), date(2024, 9, 30))
