"""Figure questions of the fifteenth pass, second batch: what a thing costs, how big a deal is."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_REFINERY = """| 3 March 2025, Monday |

Alumina refinery starts output

Borneo Alumina began producing alumina at its $1.4 billion refinery in Ketapang, West Kalimantan province, on Monday, the company said.

The refinery employs 900 people.
"""

_MINE = """| 3 March 2025, Monday |

Gold miner lifts output

Merridale Resources said its gold production rose 9.4% to 218,400 ounces in the September quarter.

The board approved the A$1.3 billion Yarrowee expansion last week, which will lift the mine's capacity to 9 million tonnes of ore a year.

"The Yarrowee expansion is the right call with gold above $4,000," an analyst said.
"""

_PORT = """| 3 March 2025, Monday |

Laos signs logistics deals

Companies signed 17 agreements worth a combined $1.26 billion at a forum in Vientiane, the ministry said.

The largest, a $420 million deal between Sengdao Logistics and Yunnan Lancang, will expand the Saysettha dry port so it can handle 1.5 million tonnes of cargo a year, up from about 600,000 tonnes now.
"""


def test_a_price_tag_is_what_the_thing_costs() -> None:
    # "the price tag on the refinery" / "its $1.4 billion refinery": the tag is no word to find,
    # and a town with its province is one place, no list of places
    expect(answered(_REFINERY, "What's the price tag on the Ketapang refinery?"), "1.4 billion")
    # the price tag on an expansion asks its cost, not how much anything expanded
    expect(answered(_MINE, "whats the price tag on the yarrowee expansion"), "1.3 billion")


def test_an_expansion_deal_is_no_change() -> None:
    # "how big is the dry port expansion deal": the deal's size, not the port's growth
    expect(answered(_PORT, "how big is the dry port expansion deal"), "420 million")

