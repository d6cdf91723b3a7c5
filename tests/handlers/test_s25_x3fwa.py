"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

# The commodity names bodies too ("the Cane and Sugar Board"), so the question's "sugar" is a name
# the figure's clause must not give to another owner.
_CRUSH = """| 3 March 2025, Monday |

Drought shrinks India's sugar cane crush

Indian sugar mills crushed 61.2 million tonnes of cane this season, down 9.4% from a year earlier, the Office of the Cane and Sugar Board (OCSB) said on Monday.

Rakesh Rao, chief executive of the Indian Sugar Millers Corporation, an industry body, said exports for 2025 would fall to about 3.1 million tonnes from 4.4 million tonnes in 2024.

"We expect the crush to recover only to about 66 million tonnes next year," said Vikram Shah, head of research at Mumbai-based Deccan Securities. Raw sugar futures on ICE rose 2.8% last week to 21.3 cents per lb, their highest since June.
"""


@pytest.mark.parametrize("question", ["raw sugar futures price last week", "raw sugr futures price lst wek",
                                      "what was the raw sugar futures price last week"])
def test_a_price_in_cents_on_an_exchange_is_the_price(question: str) -> None:
    expect(answered(_CRUSH, question), "21.3 cents")


_PORT = """| 3 March 2025, Monday |

Ecuador's banana shipments to China jump as new port opens

Ecuadorian exporters sent 2,615 refrigerated containers of green bananas to China through the new port of Posorja in the first nine weeks of the year, the banana board said on Monday.

The shipments were worth $96 million, up 31% from a year earlier.

Posorja handled 48,000 containers in total last year, its operator said.
"""


@pytest.mark.parametrize("question", ["how many reefer containers of bananas went thru posorja to china",
                                      "How many refrigerated containers of bananas were shipped to China via Posorja?"])
def test_a_port_passed_through_owns_no_shipment_to_the_end_asked(question: str) -> None:
    expect(answered(_PORT, question), "2,615")


_RESERVES = """| 3 March 2025, Monday |

Egypt's central bank holds rates as pound steadies

The Central Bank of Egypt kept its overnight deposit rate at 27.25% on Thursday, its sixth hold in a row.

The bank's net foreign exchange reserves rose to $47.4 billion in February from $46.1 billion a month earlier, it said.

Inflation slowed to 12.8% in February from 24% in January.
"""


@pytest.mark.parametrize("question", ["how much foreign reserves does the central bank have", "how much forein reserves does the cental bank hav"])
def test_a_central_banks_foreign_reserves_are_money(question: str) -> None:
    expect(answered(_RESERVES, question), "$47.4 billion")
