"""Derived answers of the 15th session: the rate a pair of amounts implies, a level worked back
from its rate, differences and ratios of stated figures, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_KIP = """| 20 November 2025, Thursday |

Lao bus company lifts fares revenue

The Vientiane bus company's fare revenue rose 12% to 420 billion kip ($19.3 million) in the first nine months, the company said.
"""

_BYN = """| 21 October 2025, Tuesday |

Belarusian dairy exporter grows sales

The dairy's export revenue rose 6% to $410 million (1.33 billion Belarusian roubles) in the nine months, the company said.
"""


def test_kip_is_money_so_its_dollar_pair_implies_a_rate() -> None:
    # "420 billion kip ($19.3 million)": read as a count of kip, no rate was worked out
    expect(answered(_KIP, "What kip to dollar rate does the revenue figure imply?"), "21,762 kip per dollar")


def test_a_currency_named_with_its_country_pairs_with_the_dollar() -> None:
    # "Belarusian roubles" are money, and a "rouble" asked is the Belarusian one the story gives
    expect(answered(_BYN, "What Belarusian rouble to dollar exchange rate do the revenue figures imply?"), "3.24 Belarusian roubles per dollar")
    expect(answered(_BYN, "what rouble dollar rate does the revenue imply"), "3.24 Belarusian roubles per dollar")


_POTASH = """| 21 October 2025, Tuesday |

Ostland ships more potash through Baltic ports

Ostland shipped 4.2 million tonnes of potash through Baltic ports in the first nine months of 2025, up 12% from a year earlier, the producer said on Monday, as three Indian importers signed contracts to buy more next year.
"""


def test_a_spelled_count_of_things_is_no_level_a_rate_works_back_from() -> None:
    # "three Indian importers" is nearer the rate than the tonnes shipped, and no level of potash
    expect(answered(_POTASH, "How much potash went through Baltic ports in the same nine months last year?"), "3.75 million tonnes")


_FREIGHT = """| 20 November 2025, Thursday |

Ostland railway freight hits record

Monthly freight reached an all-time high of 563,000 tonnes last month, up from 418,000 tonnes in October 2024, the operator said.

Transit cargo, which is moved onto trucks at the border, more than doubled to 386,000 tonnes in the third quarter from 172,000 tonnes a year earlier.
"""


def test_tonnes_moved_are_freight_and_the_month_asked_picks_the_pair() -> None:
    # "moved" is the freight's own verb, which "Monthly freight reached" need not repeat; the
    # quarter's pair is of another span than the October asked
    expect(answered(_FREIGHT, "how many more tonnes moved in october vs october last year"), "145,000 tonnes")


_SALES = """| 3 March 2025, Monday |

Kenya exports to Uganda surge

Kenya's outbound shipments to Uganda soared 82.3% in the first nine months from a year earlier to 42.64 billion shillings, customs data showed.

Imports from Uganda rose 140% to 3.1 billion shillings over the same period.
"""


def test_more_than_double_is_answered_from_the_rate() -> None:
    # 1 + 82.3% is 1.82 times the level before: less than double, though the sentence never says "double"
    reply = answered(_SALES, "did kenya's sales to uganda more than double?")
    expect(reply, "82.3%")
    assert reply.text.startswith("No"), reply.text
    reply = answered(_SALES, "did imports from uganda double?")
    assert reply.text.startswith("Yes") and "140%" in reply.text, reply.text


_PORT = """| 3 November 2025, Monday |

Port traffic jumps

The Olokun Deep Sea Port handled 414,000 twenty-foot equivalent units (TEUs) of containers in the first 10 months of the year, up 38% from a year earlier, the operator said on Monday. Total cargo throughput rose to 6.8 million tonnes from 5.1 million tonnes, and ship calls climbed to 348 from 271.
"""


def test_a_move_that_goes_on_with_the_sentence_before_states_the_year_earlier_level() -> None:
    # "climbed to 348 from 271" names no base of its own: the sentence before compares with a year earlier
    expect(dialog(_PORT, "how many ships called at the port in the first 10 months?", "and a year before?"), "271")


_SUMMIT = """| 3 March 2025, Monday |

Kenya hosts trade summit

The summit in Nairobi was attended by almost 600 Chinese enterprises hoping to enter the Kenyan market.

In January to September, 30 Ugandan firms set up businesses in Kenya, the broadcaster reported on Monday.
"""


def test_a_ratio_asked_after_the_two_sides_or_of_one_to_the_other() -> None:
    # "A vs B - whats the ratio": as "how many times" is asked, each side a stated count
    expect(answered(_SUMMIT, "chinese firms at the summit vs ugandan firms that set up in kenya - whats the ratio"), "20 times")
    expect(answered(_SUMMIT, "what is the ratio of chinese enterprises at the summit to ugandan firms that set up in kenya?"), "20 times")
