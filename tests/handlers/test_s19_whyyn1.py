"""Why and yes-no questions met on the nineteenth session's held-out sets, each kept as a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PALM = """| 10 December 2024, Tuesday |

Indonesian cocoa exports slip as buyers turn away

Indonesia's cocoa bean exports fell 9.1% in November to 41,000 tonnes, the trade ministry said on Tuesday.

Malaysia, the largest buyer, took 12,500 tonnes, down from 15,200 tonnes. The European Union took 8,300 tonnes, up from 6,100 tonnes a month earlier.
"""


def test_a_name_inside_an_asked_name_is_no_rival() -> None:
    # "European" of "The European Union" is part of the body asked, not another place leading the
    # sentence; "Indonesian cocoa" is the story's own
    reply = answered(_PALM, "Did the EU buy more Indonesian cocoa than the month before?")
    expect(reply, "8,300")
    assert reply.text.startswith("Yes")


_TEA = """| 12 May 2025, Monday |

Sri Lanka's tea exports climb

Sri Lanka shipped 21,400 tonnes of tea in April, with Iraq taking 24% of shipments and Russia 17%, the tea board said.

In March, the board said the hill district of Uva would be able to use Dharma Port, the biggest port in the south, to ship tea to Dubai and Doha from June, cutting costs and transit time for Uva growers.
"""


def test_shares_of_one_whole_answer_which_took_more() -> None:
    # "Russia 17%" after a name closing the list is a share, no model number; the two names around
    # "more ... than" are set against each other, and the name between them only qualifies the tea
    reply = answered(_TEA, "did iraq take more sri lankan tea than russia?")
    expect(reply, "24%")
    assert reply.text.startswith("Yes")
    reply = answered(_TEA, "did russia take a bigger share than iraq?")
    assert reply.text.startswith("No")


def test_the_point_of_a_thing_asks_its_purpose() -> None:
    # not what the port is ("the biggest port in the south") but what it is used for
    expect(answered(_TEA, "whats the point of the dharma port for uva"), "cutting costs")


_CITY = """| 2 June 2025, Monday |

Trade fair opens in Kunming

The fair in Kunming, the capital of Yunnan province, drew 900 exhibitors from 14 countries, the organisers said on Monday.

Firms from neighbouring Guangxi brought tropical fruit and rubber.
"""


def test_a_city_told_the_capital_of_another_place_is_a_no() -> None:
    reply = answered(_CITY, "is kunming the capital of guangxi?")
    expect(reply, "Yunnan")
    assert reply.text.startswith("No")
    assert answered(_CITY, "is kunming the capital of yunnan?").text.startswith("Yes")


def test_a_statement_put_up_to_be_confirmed_is_a_yes_no_question() -> None:
    reply = answered(_CITY, "kunming is the capital of guangxi right?")
    expect(reply, "Yunnan")
    assert reply.text.startswith("No")
