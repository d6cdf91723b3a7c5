"""Derived figures met on the sixteenth session's blind sets, each kept as a general rule over a
small story: arithmetic on stated figures, with the working shown."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORTS = """| 4 June 2025, Wednesday |

Copper shipments split between two ports

Port Alder handled 1.4 million tonnes of copper concentrate in January-April, compared with 650,000 tonnes at Port Birch, the port authority said.
"""


def test_a_figure_written_in_whole_units_keeps_its_scale() -> None:
    # "650,000 tonnes" beside "1.4 million tonnes" is no 650,000 million: 0.75 million apart
    reply = answered(_PORTS, "how much more copper went through port alder than port birch")
    expect(reply, "0.75 million tonnes")
    assert "−0" not in reply.text and "649," not in reply.text, reply.text


_SHIPMENTS = """| 4 June 2025, Wednesday |

Province's trade with Mongolia climbs

Gansu's outbound shipments to Mongolia rose 25% in the first five months from a year earlier to 12.5 billion yuan.
"""


def test_sales_abroad_are_exports() -> None:
    # 12.5 billion − 12.5 billion ÷ 1.25 = 2.5 billion
    expect(answered(_SHIPMENTS, "by how many bn yuan did gansu sales abroad to mongolia grow"), "2.5")


_COBALT = """| 4 June 2025, Wednesday |

Cobalt sales climb

Zambia's cobalt exports rose 12% in the first half from a year earlier to $450 million, according to the statistics office, with India buying 40% of the total.
"""


def test_a_partys_share_of_a_whole_is_its_part() -> None:
    expect(answered(_COBALT, "how much zambian cobalt did india buy in dollars in the first half"), "180")


def test_the_whole_is_not_the_share_of_its_owner() -> None:
    # the share is India's: asked of Zambia, the whole is stated
    reply = answered(_COBALT, "how much cobalt did zambia export in the first half")
    expect(reply, "450")
    assert "180" not in reply.text, reply.text


_FORUM = """| 4 June 2025, Wednesday |

Indian, Omani firms sign $3.1 billion of deals in Muscat as rupee trade grows

Indian and Omani companies signed 90 agreements worth $3.1 billion (258 billion rupees) at a business forum in Muscat that ended on Tuesday, organisers said, as the two countries settle a growing share of their trade in rupees rather than U.S. dollars.

Total bilateral trade, including crude oil, reached $12.4 billion in the fiscal year that ended in March, up from $10.9 billion a year earlier, government data shows.
"""


def test_the_levels_of_the_next_sentence_naming_all_asked() -> None:
    # the deals' sentence outranks the trade's by "two-way"; the trade's levels give the change
    expect(answered(_FORUM, "by how many dollars did total two-way trade grow in the last fiscal year"), "1.5 billion")
