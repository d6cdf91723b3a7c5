"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PACKERS = """| 3 March 2025, Monday |

Peruvian mango shipments to China climb

Peru's mango exports to China rose 21% in the first half to 18,500 tonnes, the farm ministry said.

Farm Minister Rosa Quispe said 31 Peruvian packing houses were now registered with Chinese customs, up from 12 a year earlier.

The country's 9 ports shipped 2,400 containers of fruit in June.
"""


def test_a_trade_word_before_the_noun_counted_stays_in_the_count() -> None:
    # "31 Peruvian packing houses" counts houses, not "Peruvian" things
    expect(answered(_PACKERS, "How many Peruvian packing houses are registered with Chinese customs?"), "31")


_LEGS = """| 3 March 2025, Monday |

Zambian copper finds a new route to the sea

Copper cathodes from Kitwe are trucked 900 kilometres to the port of Walvis Bay, from where Namport shipped 38 cargoes last year, mainly to China and India.

Trucks also carried 120 loads of cobalt to the port of Durban last year.

Lusaka sent 15 trains to Dar es Salaam in March.
"""


def test_a_port_reached_then_left_from_is_where_the_cargo_leaves() -> None:
    # "trucked to the port of Walvis Bay, from where Namport shipped 38 cargoes"
    expect(answered(_LEGS, "how many shipments did namport send out of walvis bay last year"), "38")


_HARVEST = """| 3 March 2025, Monday |

Georgian apple grower expands

Kakheti Fruits has hired 410 seasonal pickers this autumn and plans to ship 2,800 tonnes of apples to Russia.

The company bought 35 new tractors and 12 cold stores last year.
"""


def test_fruit_pickers_are_workers_counted() -> None:
    expect(answered(_HARVEST, "how many seasonal workers did kakheti fruits take on this autumn"), "410")
