"""Who and where questions of the fourteenth pass's third helper: a body asked by its kind
("which bank") with the money it puts up, ..."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LOAN = """| 3 March 2025, Monday |

Kenya and Japan sign $1.8 billion rail loan

Kenya and Japan on Monday signed a financing agreement for a $1.8 billion upgrade of the Mombasa-Nairobi railway, the transport ministry said.

Of the total, $1.5 billion will come as a loan from the Japan Bank for International Cooperation and the rest from Kenya's budget, the ministry said.

The International Monetary Fund, which approved $500 million for Kenya last month, has urged Nairobi to limit new borrowing.
"""


def test_money_put_up_is_no_finances_run() -> None:
    # "which bank" keeps its kind word: no chief financial officer asked
    expect(answered(_LOAN, "which japanese bank is putting up the money"), "Japan Bank for International Cooperation")


_STRIKE = """| 3 March 2025, Monday |

Strike at Andes copper mine enters second week

Workers at the Cerro Azul copper mine in Chile extended their strike into a second week on Monday, halting output.

Cerro Azul Chief Executive Tomas Rivera said the company had made its final offer.

Union president Carla Munoz said members would stay out until wages rose. "We will not go back for less," she said.
"""


def test_who_speaks_for_the_strikers_is_their_unions_officer() -> None:
    # the text never says "speak for": the post at the body of the people asked about does
    expect(answered(_STRIKE, "who's speaking for the strikers?"), "Carla Munoz")


_ORDERS = """| 3 March 2025, Monday |

Korean shipyards win more orders

South Korean shipbuilders won 9.2 million CGT of orders in January-September, up 18.6% from a year earlier, the industry ministry said on Monday.

China's share of global orders fell to 51% in January-September from 63% a year earlier, according to London-based consultancy Harbor Maritime Research.
"""


def test_a_source_asked_in_the_past_tense() -> None:
    # "compiled", not only "compiles": the body the figures are according to
    expect(answered(_ORDERS, "Which firm compiled the market share numbers for China?"), "Harbor Maritime Research")


_MILLS = """| 3 March 2025, Monday |

Vietnam garment makers cut shifts as US orders slump

Vietnam's garment exports to the United States fell 12% in October from a year earlier, the customs office said on Monday.

At least 74 garment factories in Dong Nai, Tay Ninh and Hung Yen provinces have reduced shifts since the tariff took effect.
"""


def test_a_plural_place_noun_after_a_list_names_each_member() -> None:
    # "in A, B and C provinces": all three are provinces, the first as much as the last
    reply = answered(_MILLS, "which provinces are the factories cutting shifts in?")
    expect(reply, "Dong Nai")
    expect(reply, "Tay Ninh")
