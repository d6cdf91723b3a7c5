"""Figures and typed slips: the figure asked, however shorthand or a slip of the keys puts it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LIRA = """| 4 November 2025, Tuesday |

Turkish inflation climbs as lira slides

Turkish consumer price inflation rose to 36.8% in October, the statistics office said on Tuesday.

"We acted decisively because the weakening of the lira risks de-anchoring inflation expectations," the governor said.

Food prices jumped 41.2% from a year earlier, while monthly inflation came in at 3.4%.
"""


def test_y_slash_y_is_year_on_year_not_why() -> None:
    # "y/y" is the change on a year before; read as "why/why" it asked for a reason.
    expect(answered(_LIRA, "fod price inflaton y/y"), "41.2%")
    expect(answered(_LIRA, "food prices y/y"), "41.2%")


_PORTS = """| 15 October 2025, Wednesday |

US port strike strands cargo

Some 52,000 dockworkers at 29 ports on the US East Coast stayed off the job for a second day on Wednesday.

The number of container ships waiting at anchor outside the ports rose to 38 on Tuesday.

Danish carrier NordLine said on Tuesday it had diverted 14 vessels to Canadian ports.

All 12 economists in a Reuters poll expect the strike to cut fourth-quarter growth.
"""


def test_a_ship_rerouted_is_one_diverted() -> None:
    expect(answered(_PORTS, "How many ships has NordLine rerouted?"), "14")


def test_economists_surveyed_are_those_polled() -> None:
    expect(answered(_PORTS, "how many economists were surveyed?"), "12")


_ARREARS = """| 26 November 2025, Wednesday |

UK energy price cap to rise in January

Britain's energy regulator Ofgem said on Wednesday it would raise the cap on household energy bills by 0.2% from January.

The number of households in arrears on their electricity or gas bills with no repayment plan rose to 1.2 million, Ofgem said.
"""


def test_an_electric_bill_is_an_electricity_bill() -> None:
    expect(answered(_ARREARS, "How many homes are behind on their gas or electric bills?"), "1.2 million")


_RICE = """| 14 March 2025, Friday |

Japan to auction reserve rice as prices soar

Japan will sell 180,000 tonnes of rice from its state stockpile, the farm ministry said on Friday.

The average price of a 5 kg bag of rice at supermarkets rose to 4,218 yen in the week to March 9.

Matsukawa Foods, which runs 1,240 beef bowl restaurants across Japan, raised its prices by 8%.
"""


def test_a_restaurant_is_an_outlet() -> None:
    expect(answered(_RICE, "How many outlets does Matsukawa Foods operate?"), "1,240")


def test_a_supermarket_is_a_shop() -> None:
    expect(answered(_RICE, "how much does a 5kg bag of rice cost in the shops now"), "4,218")
