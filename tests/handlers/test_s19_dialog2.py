"""Follow-ups and typos met on the 19th session's held-out sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import dialog, expect

_SALMON = """| 5 March 2025, Wednesday |

Norwegian salmon prices slide

Average export prices fell to $9.80 per kilogram in the first quarter, said Ingrid Dahl, a seafood analyst at Oslo brokerage Fjord Markets.

Exports rose 4% to 310,000 tonnes, the seafood council said.
"""


@pytest.mark.parametrize("follow_up", ["where does she work", "where is she working?"])
def test_where_a_person_works_is_the_body_her_role_names(follow_up: str) -> None:
    expect(dialog(_SALMON, "Who is the analyst quoted on prices?", follow_up), "Fjord Markets")


_AVOCADO = """| 5 March 2025, Wednesday |

Tanzanian avocado exports climb

Tanzania's avocado exports rose 20% in the first nine months of the year to 410,000 tonnes, the farm ministry said.

Earnings from the fruit rose to 2.1 trillion Tanzanian shillings ($830 million) between January and September, the growers' association said.
"""


def test_a_currency_after_tonnes_asks_the_money_the_trade_made() -> None:
    expect(dialog(_AVOCADO, "how much did tanzania make from avocados jan to sep", "and in usd?"), "830")


_ARCTIC = """| 5 March 2025, Wednesday |

Arctic route deal signed

On Monday, Norwegian carrier Polar Lines signed a 10-year shipping agreement with China's Jade Ocean Shipping in Tromso.

He added that the two companies plan 30 container voyages next year, up from 12 this year.
"""


@pytest.mark.parametrize("turns", [
    ("how many container voyages do polar lines and jade ocean shipping plan next year",),
    ("Which Chinese shipping firm signed with Polar Lines?", "how many container voyages do they plan next year"),
])
def test_the_two_companies_are_the_pair_just_named(turns: tuple[str, ...]) -> None:
    expect(dialog(_ARCTIC, *turns), "30")


_RAIL = """| 20 November 2025, Thursday |

Bulgaria opens rail link

The 210-km double-track line from Sofia to Plovdiv cost 2 billion levs, the minister said.

Romania opened its 96-km section between Ruse and Giurgiu in March.
"""


def test_a_length_in_km_hyphened_to_its_number_is_a_figure() -> None:
    expect(dialog(_RAIL, "when did romania open its part of the railway", "how long is that stretch"), "96-km")
