"""Answers that should not be given: a period asked by itself that a wider one only holds, and a
part a sentence lists of the whole its figure measures."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 14 October 2025, Tuesday |

Caspian port of Kendyr grows

Container traffic at the Caspian port of Kendyr rose 21.5% in the first nine months of the year to 48,200 twenty-foot equivalent units (TEUs), the port's operator said on Monday.

Total cargo handled at Kendyr, including oil, cotton and steel, reached 3.7 million tonnes in January-September, up 8.4% year-on-year.

The operator plans to add two cranes next year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("kendyr container traffic in q3 alone", None),  # only the nine months are stated
    ("kendyr container traffic in the first nine months", "48,200"),
])
def test_a_period_asked_alone_is_not_answered_by_a_wider_one(question: str, expected: str | None) -> None:
    expect(answered(_PORT, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("how many tonnes of cotton went through kendyr", None),  # cotton is one part of the total
    ("how much cargo did kendyr handle in january-september", "3.7"),
])
def test_a_part_listed_of_a_whole_is_not_measured_by_its_figure(question: str, expected: str | None) -> None:
    expect(answered(_PORT, question), expected)


_PRAWNS = """| 15 October 2024, Tuesday |

Sorland prawn sales to Japan rise

Sorland's prawn exports to Japan rose 12% in the first nine months to 310,000 tonnes, the growers' chamber said on Monday.

However, sales to Korea fell 9% in the first nine months, and prawn farmers have spent about $90 million on diesel pumps since April due to power cuts of up to 10 hours a day.

The Nordby-Sorland crossing, the other main trade route between the two countries, has been closed since a landslide in 2021.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # money paid out, a length of time and a rate of change are none of them earnings
    ("What were Sorland's total prawn export earnings across all markets, in $bn?", None),
    ("How much did prawn farmers spend on diesel pumps?", "90"),
])
def test_money_paid_out_is_no_earnings(question: str, expected: str | None) -> None:
    expect(answered(_PRAWNS, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("how much trade went through the nordby crossing?", None),  # "the two countries" is no amount
])
def test_a_figure_of_another_kind_is_no_amount_asked(question: str, expected: str | None) -> None:
    expect(answered(_PRAWNS, question), expected)


_ZONE = """| 14 October 2025, Tuesday |

Harbour City draws record investment

Harbour City, the financial district built on reclaimed land next to the capital, attracted $1.2 billion in foreign investment commitments in the first nine months of the year, its regulator said on Monday.

The zone's first international financial centre, a 50-storey tower being developed by Harbour Estates, is due to be completed in March next year, with 70% of its office space already leased.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the total cost of the financial centre tower?", None),  # a share leased is no cost
    ("how much investment did harbour city attract", "1.2 billion"),
])
def test_a_cost_asked_is_money(question: str, expected: str | None) -> None:
    expect(answered(_ZONE, question), expected)
