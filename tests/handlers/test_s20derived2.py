"""Derived figures: arithmetic on stated figures, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LITHIUM = """| 3 March 2025, Monday |

Andean miner signs lithium deal

A Russian miner, Ural Lithium, signed a contract on Monday to build a lithium plant in the Andean nation, the government said.

Ural Lithium's investment totals 3.48 billion bolivianos ($500 million), Mining Minister Carlos Rojas told reporters.
"""


def test_a_boliviano_amount_with_its_dollars_implies_a_rate() -> None:
    expect(answered(_LITHIUM, "What exchange rate does the Ural Lithium investment figure imply?"), "6.96")


_ORE = """| 17 July 2025, Thursday |

Miner lifts iron ore output

Pampa Ferro SA, a Chilean iron ore producer, said on Thursday it produced 5.5 million tonnes of iron ore in the April-June period, up 10% from a year earlier and up from 4.2 million tonnes in the first quarter.
"""


def test_a_level_moved_from_is_no_level_the_rate_reached() -> None:
    expect(answered(_ORE, "what was pampa ferro's quarterly output a year ago"), "About 5 million")


_FRUIT = """| 14 May 2025, Wednesday |

Avocado exports hit record

Chile's avocado exports rose 25% to a record $2.5 billion in the season to March, the growers' association said on Tuesday, as crop volumes recovered from drought.

The government expects avocado earnings to reach $3 billion next year.
"""


def test_worth_asked_after_a_measure_is_its_value_no_kind_of_it() -> None:
    expect(answered(_FRUIT, "what were avocado exports worth the season before"), "About $2 billion")
    expect(answered(_FRUIT, "what were avocado exports worth"), "2.5 billion")


_MARKETS = """| 14 May 2025, Wednesday |

Avocado exporter lifts sales

Japan remained the growers' biggest market with sales of $1.05 billion, while Korea was the second-largest at $620 million, compared with $500 million the previous season.
"""


def test_a_level_compared_with_is_the_last_amount_before_it() -> None:
    expect(answered(_MARKETS, "how much did sales to korea increase by"), "Up 120 million")
