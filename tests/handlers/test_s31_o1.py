"""Rules met on wave o1's questions, each a general rule over a small made-up story."""

from __future__ import annotations

from datetime import date

from knowledge.dates import find_times
from tests.handlers.stories import answered, expect

_VENTURE = """| 20 November 2024, Wednesday |

Kenya signs energy deals

Kenya signed geothermal power deals worth $300 million, the government said on Wednesday.

The state holds a 31% stake in Rift Power through a holding company and may raise it later.

In energy, KenGen agreed to build geothermal plants near Naivasha at a cost of $200 million. Drilling of the first 100-megawatt phase is due to begin in July, and the plants are to start supplying power to the grid next year.

The forum, which opened on Monday, ended on Tuesday.
"""


def test_a_state_holding_a_stake_is_the_governments_stake() -> None:
    expect(answered(_VENTURE, "whats the govt stake in rift power"), "31%")


def test_a_gerund_after_start_names_no_other_kind_of_the_noun_asked() -> None:
    # "start supplying power" is a deed, not a kind of power the way "geothermal power" is
    reply = answered(_VENTURE, "when does drilling on the first geothermal phase start")
    expect(reply, "July")


_MINE = """| 15 May 2024, Wednesday |

Miners sign copper deal

State-owned Kazmin and China's Hunan Copper signed a $1.2 billion deal to develop the Kyzyl-Tau copper deposit in the Karaganda region.

Bank deposits rose 4% to $20 billion, the central bank said.
"""


def test_where_a_deposit_is_asked_bare_is_the_site() -> None:
    reply = answered(_MINE, "where is the kyzyl-tau deposit")
    expect(reply, "Karaganda")
    assert reply.text.startswith("Karaganda"), reply.text  # the place, not the deal's worth


def test_a_month_to_come_in_february_said_in_a_leap_year_is_next_february() -> None:
    times = find_times("The group will publish its next estimate in February.", date(2024, 11, 14))
    assert [t.label for t in times] == ["February 2025"]


_PORT = """| 12 November 2024, Tuesday |

Japan lends for Kalmar port

The port is being built at Kalmar, about 30 km south of the old harbour.

It is the third tranche for the Kalmar Port Project, whose cost was revised last month to $2.04 billion, up about 34% from the original estimate approved in 2020.

An industrial park of about 900 acres is planned next to the port.

The port authority will float a tender next month and expects to sign a contract in March.
"""


def test_what_is_planned_next_to_a_place_is_the_thing_not_a_figure() -> None:
    expect(answered(_PORT, "whats planned next to the port"), "industrial park")


_TRADE = """| 15 May 2024, Wednesday |

Uzbekistan signs deals with China

China is Uzbekistan's largest trading partner. Trade between the two countries rose 21 percent to $11.9 billion last year, while Chinese direct investment in Uzbekistan reached $2.3 billion, according to official data.
"""


def test_a_level_another_thing_reached_is_no_level_the_asked_one_moved_from() -> None:
    expect(answered(_TRADE, "by how much did chinese direct investment in uzbekistan grow last yr"), None)


_TERMINAL = """| 20 November 2024, Wednesday |

Port to get a new terminal

The port of Walvis will need a new deep-water terminal to load ammonia carriers. State port operator Portco said last month the terminal would cost about $300 million and could be completed by 2027.

Cargo volumes at Walvis rose 8% to 2.1 million tonnes in January-September, Portco data showed.
"""


def test_putting_a_price_on_a_thing_is_dated_by_the_telling_of_its_cost() -> None:
    expect(answered(_TERMINAL, "when did portco put a price on the terminal"), "Last month")


_COSTS = """| 20 November 2024, Wednesday |

Namibia's hydrogen project wins funding

Finance Minister Helena Amutenya said the total project cost was estimated at N$180 billion ($10 billion).

State port operator Namport said last month the terminal would cost about N$4.6 billion ($250 million).
"""


def test_an_exchange_rate_implied_by_a_cost_asked_names_no_kind_of_rate() -> None:
    expect(answered(_COSTS, "what exchange rate does the project cost imply, n$ per usd"), "N$180 billion")
