"""When questions: the time that dates the deed asked, not the period of a figure in the same
sentence nor the span of a record."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CHEESE = """| 12 March 2025, Wednesday |

Danish cheese sales to Japan rebound

Danish cheese exports to Japan climbed to 2,350 tonnes in the first two months of 2025, dairy figures showed on Tuesday, as traders rushed to win back what had been their biggest market before Tokyo dropped a three-year tariff in November.

The shipments were worth 41 million euros, the Danish Dairy Board said.
"""


def test_a_figures_period_does_not_date_another_deed() -> None:
    # "climbed to 2,350 tonnes in the first two months" dates the rise; the tariff went in November,
    # though "their biggest market before ..." stands ahead of it
    expect(answered(_CHEESE, "When did Tokyo scrap the cheese tariff?"), "November")
