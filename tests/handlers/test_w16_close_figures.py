"""Figure questions put in other words than the story's: a count asked up to a period's end,
shorthand for the people counted, and another name for what is counted."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 14 November 2024, Thursday |

Santos port busier

A total of 318 ships called at Santos in the first nine months, up 7% from a year earlier, the port authority said.

The fair in Recife drew about 450 executives from both countries.

The government plans to auction 9 airport leases next year, the minister said.
"""


@pytest.mark.parametrize("question", [
    "how many vessels called at santos thru q3",
    "how many ships called at santos through september",
])
def test_a_count_through_a_period_runs_from_the_start_of_its_year(question: str) -> None:
    expect(answered(_PORT, question), "318")


def test_a_count_in_one_quarter_is_no_count_of_nine_months() -> None:
    expect(answered(_PORT, "how many ships called at santos in q3"), None)


def test_execs_are_executives() -> None:
    expect(answered(_PORT, "how many execs came to the recife fair"), "450")


def test_a_concession_is_a_lease() -> None:
    expect(answered(_PORT, "how many airport concessions will the govt auction next yr?"), "9")


_FIRMS = """| 14 July 2025, Monday |

German investment in Hebei

In January to June, 25 German firms set up businesses in Hebei, state television reported on Monday.
"""


def test_the_months_counted_are_no_period_the_figure_is_of() -> None:
    expect(answered(_FIRMS, "how many months does the hebei german firms figure cover"), "Six")


_TRADE = """| 14 October 2025, Tuesday |

Kazakh-Turkish trade climbs

In September, trade between Kazakhstan and Turkey rose to $1.37 billion, customs data showed.
"""


@pytest.mark.parametrize("question", [
    "kazakhstan turkey trade in sept how many bn $",
    "how many billion dollars was kazakhstan turkey trade in september",
])
def test_how_many_billion_dollars_asks_an_amount_of_money(question: str) -> None:
    expect(answered(_TRADE, question), "1.37")


_TRANSIT = """| 14 November 2024, Thursday |

Cambodia transit cargo up

Transit cargo between Cambodia and Vietnam reached 2.4 million tonnes in the first nine months of this year, customs said.
"""


def test_vn_is_vietnam() -> None:
    expect(answered(_TRANSIT, "how much transit freight between cambodia and vn jan-sep"), "2.4 million")
