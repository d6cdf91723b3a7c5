"""Derived figures: arithmetic on the figures a story states, labelled as computed from it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BORDER = """| 3 March 2025, Monday |

Sri Lanka's tea sales to Iran climb

Sri Lanka's tea exports to Iran rose sharply in 2024, the tea board said on Monday.

Shipments worth 30.5 billion Sri Lankan rupees ($102 million) left for Iran last year, the board said.
"""


def test_a_rupee_named_with_its_country_is_money_whose_dollar_pair_implies_a_rate() -> None:
    expect(answered(_BORDER, "what rupee-dollar exchange rate does the tea figure imply?"), "299")


_PORT = """| 8 October 2025, Wednesday |

Port of Pecem ships more to China

Coffee exports from Pecem to Japan rose 12% from a year earlier to 2.4 million bags between January and September, while copper shipments to the Asian country climbed 25% to 500,000 tonnes, the port said.
"""


def test_the_regional_country_is_the_country_named_before_not_the_region() -> None:
    # "the Asian country" is Japan again; Asia is no other destination of the copper
    expect(answered(_PORT, "copper shipments to japan same period last year?"), "400,000")


_RICE = """| 20 September 2025, Saturday |

Sri Lanka extends rice import ban as farm prices slide

Sri Lanka will extend its ban on rice imports until Dec. 31 to support local farmers, the agriculture ministry said on Saturday.

Sri Lanka has imported rice from India every year since 2022, and the ban has weighed on Indian exporters this year.

Imported rice sold for 210 rupees a kg in Colombo markets last week, down from 230 rupees last year.

The government also plans to restore the import duty on rice it cut in June last year.

Traders said about 40,000 tonnes of imported rice already paid for last year was stuck at the port of Colombo.

Rice importers paid higher freight rates last year because of port congestion, traders said.

The state grain agency held 90,000 tonnes of rice in its warehouses last month, up from 60,000 tonnes a year before.

Rice imports fell 20% in the January-August period from a year earlier to 400,000 tonnes, customs data showed.
"""


def test_a_rate_on_the_year_before_further_down_the_pool_still_works_the_level_back() -> None:
    expect(answered(_RICE, "How much rice had Sri Lanka imported by the same point last year?"), "500,000")

_BONDS = """| 3 November 2025, Monday |

Foreign investors cut Ruritanian bond holdings

Foreign investors' holdings of Ruritanian government bonds fell 20% from a year earlier to $8 billion last week, central bank data showed.
"""


def test_government_debt_held_by_foreigners_is_bonds_held_by_foreign_investors() -> None:
    expect(answered(_BONDS, "How much Ruritanian government debt did foreigners hold a year ago?"), "$10 billion")
