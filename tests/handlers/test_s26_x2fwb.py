"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PIPE = """| 3 March 2025, Monday |

Pipeline cargo moves through Durban

Indian suppliers have shipped 52,000 tonnes of steel pipe and valves through Durban port for the project since January, the port authority said.

Another 9,000 tonnes of pipe came by road from Johannesburg, where a further 3,000 tonnes of steel pipe waits in storage, officials said.
"""


def test_goods_through_the_asked_port_are_its_figure_whoever_shipped_them() -> None:
    expect(answered(_PIPE, "how many tonnes of steel pipe came thru durban"), "52,000")


_STORES = """| 3 March 2025, Monday |

Peruvian blueberries head for Chinese shelves

Peru shipped 12,000 tonnes of blueberries to China last year, the farm ministry said.

Wang Mei, a spokeswoman for Lotus Fresh Group, told Reuters the company planned to sell Peruvian blueberries in about 900 stores across Guangdong and Fujian by the end of next year.

Rival grocer Sunmart Holdings runs 2,400 stores in Shanghai, the company said.
"""


def test_the_one_told_owns_no_figure_of_the_telling() -> None:
    expect(answered(_STORES, "how many shops will lotus fresh sell the blueberries in"), "900 stores")



_ROUTE = """| 3 March 2025, Monday |

Russia ships more gas to China over the Arctic

Russia sent a record 14 liquefied natural gas tankers to China along the Northern Sea Route between July and September, ship-tracking data showed on Monday.

Another 30 tankers went to China through the Suez Canal over the same period, while 9 tankers sailed to India, traders said.
"""


def test_a_way_asked_by_its_initials_and_passed_along_is_the_figures() -> None:
    expect(answered(_ROUTE, "how many lng tankers went to china via the nsr in q3"), "14 liquefied natural gas tankers")
