"""Derived questions (one arithmetic step from stated figures) met on this session's sets, each a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_WOOL = """| 3 March 2025, Monday |

Wool exports to China slip as prices ease

Wool exports to China fell 4.1% to 61,200 tonnes in the first nine months, and their value dropped to $412 million from $455 million a year earlier, the wool board said.

Lamb exports to China rose 9% to 38,000 tonnes, worth $290 million.

Shipping lines added two direct sailings a month from Fremantle to Shanghai.
"""


def test_units_moved_by_against_a_year_earlier_is_the_gap_of_the_two_levels() -> None:
    expect(answered(_WOOL, "how many dollars did wool export value to china fall by vs a year earlier"), "43 million")


_CABLE = """| 3 March 2025, Monday |

Subsea cable crews speed up off Mombasa

The project's chief engineer told reporters in Nairobi that crews had laid 512 km of cable, up from 330 km in June, and that the fleet had grown to 14 vessels.

The cable will run 1,200 km to the Seychelles, and 40 km of it will be buried near the shore.
"""


@pytest.mark.parametrize("question", ["how many km of cable were laid between june and now", "how many km of cable have been laid since june"])
def test_amount_since_a_month_is_the_level_less_the_one_left_then(question: str) -> None:
    expect(answered(_CABLE, question), "182 km")


_MINE = """| 3 September 2024, Tuesday |

Lao copper mine lifts China sales

A copper and gold project in northern Laos shipped 12,000 tonnes of copper to China in the first half of 2024, up 20% from a year earlier, its operator said on Monday.

The operator plans a $150 million expansion, and Laos's exports to China rose 11% to $2.1 billion in January-June.
"""


def test_a_project_placed_in_a_country_is_the_works_not_a_projection() -> None:
    expect(answered(_MINE, "how much copper did it ship to china in the same period last year"), "10,000 tonnes")
