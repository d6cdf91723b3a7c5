"""Derived figures met on the twentieth session's blind sets, each kept as a general rule over a
small story: a hedge before "how many", a span's length that is no level, a total of an amount
added on top of another."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 14 October 2025, Tuesday |

Caspian port's container traffic jumps

Container traffic at the Caspian port of Bekdash rose 25% in the first nine months of the year from a year earlier to 50,000 twenty-foot equivalent units (TEUs), the port's operator said on Monday.

Total cargo handled at Bekdash, including oil, grain and metals, reached 3.3 million tonnes in January-September, up 10% year-on-year, the railway company said.

The number of container trains routed via Bekdash climbed to 420 in the nine-month period from 300 a year earlier.
"""


def test_a_level_worked_back_is_of_the_unit_asked() -> None:
    # "Container traffic ... to 50,000 twenty-foot equivalent units": the unit names the TEUs
    # asked, so the tonnes of the cargo sentence are not worked back instead
    expect(answered(_PORT, "how many TEUs did bekdash move in the same period last yr"), "40,000")


def test_a_hedge_before_how_many_leaves_the_freight_verb_the_units_own() -> None:
    expect(answered(_PORT, "roughly how many TEUs did bekdash move in the same period last yr"), "40,000")


def test_a_span_told_as_an_adjective_is_no_level_left() -> None:
    # "climbed to 420 in the nine-month period from 300": 300 trains, not 300 months
    expect(answered(_PORT, "how many more trains via bekdash than a year before"), "120")


_PLANT = """| 9 October 2025, Thursday |

Tyre maker to expand Serbian plant

Chinese tyre maker Hengda will invest 500 million euros to expand its plant in Zrenjanin, the company said on Thursday.

The expansion will create 900 jobs on top of the plant's current workforce of 1,600, the economy minister told reporters at a signing ceremony in Belgrade.

The plant produced 9.1 million tyres last year, up 12% from 2023.
"""


@pytest.mark.parametrize("question", [
    "total headcount at the plant after the expansion?",
    "how many workers will the plant have after the expansion?",
])
def test_a_total_once_added_is_the_amount_added_and_the_one_it_adds_to(question: str) -> None:
    expect(answered(_PLANT, question), "2,500")


def test_a_part_added_is_still_its_own_answer() -> None:
    expect(answered(_PLANT, "how many jobs will the expansion create?"), "900")
