"""Figure questions of the fifteenth pass: everyday phrasings of how much, how many, what share."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ZONE = """| 3 March 2025, Monday |

Harbour free zone signs $900 million of factory deals as port traffic jumps

The Harbour Free Trade Zone signed investment agreements worth $900 million with five manufacturers on Tuesday, its operator said.

The zone has attracted $3.2 billion in cumulative investment from 40 companies since its first tenants started operating in 2021, he said.

Companies in the zone exported goods worth $410 million last year, the operator's data showed.
"""


def test_since_it_got_going_asks_a_running_total() -> None:
    # "since it got going" is "since it started": the cumulative $3.2 billion, not Tuesday's deals
    expect(answered(_ZONE, "How much money has the zone pulled in overall since it got going?"), "3.2 billion")


_PLANTS = """| 3 March 2025, Monday |

Free zone signs factory deals with Chinese manufacturers

Sunrise Solar Technology will spend $310 million on a 1.2-gigawatt solar module plant, and Tianrui Steel Pipe will invest $185 million in a mill producing 400,000 tonnes of pipes a year.

The zone's electricity demand is expected to jump to 640 megawatts by 2028 from 210 megawatts now.
"""


def test_a_plants_power_adjective_is_its_capacity() -> None:
    # "a 1.2-gigawatt solar module plant" states what it can make; the zone's demand does not
    expect(answered(_PLANTS, "whats the capacity of the solar module plant"), "1.2-gigawatt")


_BILLS = """| 19 November 2025, Wednesday |

Chemical maker to close plants as energy costs bite

Rhenus Chemie's energy bill in Germany has roughly doubled since 2022, reaching 1.12 billion euros in the first nine months of this year, with gas accounting for about 55% of the total, the company said.
"""

_WATCHES = """| 3 March 2025, Monday |

Swiss watch exports fall for a fourth month

Swiss watch exports fell 4.1% in October from a year earlier to 2.2 billion francs, the watch industry federation said on Tuesday.

Watches with an export price above 3,000 francs, which make up about 74% of the industry's sales by value, slipped 2.3%.
"""


def test_what_is_paid_is_named_by_the_bill_or_price() -> None:
    # "paid for energy" / "its energy bill ... reaching 1.12 billion euros": no verb of paying
    expect(answered(_BILLS, "how much has the company paid for energy in germany so far this year"), "1.12 billion")
    # "watches costing over 3000 francs" / "watches with an export price above 3,000 francs"
    expect(answered(_WATCHES, "What share of sales by value comes from watches costing over 3000 francs?"), "74%")


_MINE = """| 19 November 2025, Wednesday |

Copper miner lifts output

Andean Copper said on Tuesday its Cerro Alto mine shipped 412,000 tonnes of copper concentrate last year, up 6% from a year earlier.
"""


def test_a_later_sentences_capital_is_no_name() -> None:
    # "I read the report. Roughly how many ...": "Roughly" is capitalised by grammar, no name to find
    expect(answered(_MINE, "I read the mining report. Roughly how many tonnes did the mine ship last year?"), "412,000")
