"""Figures the bot abstained on although its story told them, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TERMINAL = """| 14 November 2024, Thursday |

Varna terminal to add cranes

Total cargo handled at the Varna terminal, including grain, fertiliser and steel, reached 3.2 million tonnes in January-September, up 8.4% year-on-year, the port operator said on Monday. Fertiliser made up 37% of that volume.

The operator plans to add two cranes next year.
"""


def test_a_share_of_that_volume_is_a_share_of_the_amount_just_told() -> None:
    # "of that volume" points back at the sentence before, whose cargo and terminal it shares out
    expect(answered(_TERMINAL, "what % of varna cargo is fertiliser"), "37")


_DOCK = """| 14 November 2024, Thursday |

Tanzania opens new dock

The Export-Import Bank of China financed 75% of the new dock at Tanga through a concessional loan, the transport minister said on Monday.

The dock can handle ships of up to 40,000 tonnes.
"""


def test_exim_is_the_short_name_of_an_export_import_bank() -> None:
    expect(answered(_DOCK, "what % of the dock did china exim bank finance"), "75")


_ROUTE = """| 14 November 2024, Thursday |

Arctic route busier as Japan buys more gas

Japan-bound cargoes made up 64% of all eastbound traffic on the route this year, up from 51% in 2023, the route's administration said on Monday.

Ivan Petrov, head of the route administration, said eastbound volumes would reach 4.8 million tonnes by November.
"""


def test_traffic_headed_to_a_place_is_bound_for_it() -> None:
    expect(answered(_ROUTE, "what percentage of eastbound traffic on the route was headed to japan"), "64")
