"""Which-company questions met on blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Harbour operator opens new line

Harbour operator Baltic Quay said on Monday it would start a weekly service to Riga next month, run jointly with Estonian carrier Nordvik Lines.

Portline Holdings took a 40% stake in the loss-making Kalmar Terminals in June 2019, pledging $200 million of investment.
"""


def test_run_jointly_with_is_partnering() -> None:
    expect(answered(_PORT, "Which shipping company is partnering with Baltic Quay on the line?"), "Nordvik")


def test_buying_into_a_company_is_taking_a_stake() -> None:
    expect(answered(_PORT, "Which company did Portline buy into in 2019?"), "Kalmar")


_MILL = """| 3 March 2025, Monday |

Halden steel mill lifts output

Halden Steel increased output by 12% in 2024, chief executive Marta Lind said on Monday.

"We expect to make more than 4 million tonnes of steel next year, which would make Halden the second-largest steel producer in Scandinavia after Sweden's Norrvik," Lind said in an interview. She added that the company would invest a further $300 million in 2025.
"""


def test_the_source_of_a_ranking_need_not_be_titled_where_it_is_told() -> None:
    # ("after Sweden's Norrvik": the firm, not its country; nor the "she" of the next sentence)
    expect(answered(_MILL, "which firm is scandinavia's biggest steel producer according to the ceo"), "Norrvik")


_BORDER = """| 3 March 2025, Monday |

Border crossings busier

Ostra now handles 30% of all containers crossing the border, the second-largest share after the Velmar-Tosk rail crossing to the south, which accounts for 55%.
"""


def test_a_crossing_that_handles_containers_carries_them() -> None:
    expect(answered(_BORDER, "Which crossing carries the most containers?"), "Velmar")
