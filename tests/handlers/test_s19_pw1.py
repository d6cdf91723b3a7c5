"""Where and who questions met on the nineteenth session's blind sets, each kept as a general rule
over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FISH = """| 14 November 2024, Thursday |

Peru's frozen squid exports climb on Chinese demand

Peruvian squid exports rose 12% in the first nine months of the year to $610 million, the PromPeru agency said on Monday.

The United States remained a big buyer, with most fresh fillets flown into Miami and Houston.

Exporters sent 1,150 refrigerated containers of frozen squid from the port of Paita to Dalian and Ningbo during the period, the agency said.
"""


def test_a_nation_qualifying_the_place_asked_need_not_be_named() -> None:
    reply = answered(_FISH, "Which Chinese ports do the frozen squid containers go to?")
    expect(reply, "Dalian")
    assert "Ningbo" in reply.text and "Miami" not in reply.text


def test_a_route_asked_to_leaves_out_where_it_starts() -> None:
    reply = answered(_FISH, "which ports do the frozen squid containers go to?")
    expect(reply, "Dalian")
    assert not reply.text.startswith("Paita")


_MINE = """| 14 November 2024, Thursday |

Nickel output climbs at Andean mine

Cordillera Nickel, the operator of the Santa Rita mine, raised nickel output by 11% in the first nine months, the mining ministry said on Tuesday.

Chief executive Marta Quiroga said output rose because a new processing line reached full capacity in June.

Quiroga said in an interview that the nickel company would invest a further $200 million next year.
"""


def test_a_role_answered_is_cited_where_the_text_gives_it() -> None:
    reply = answered(_MINE, "who runs the nickel company")
    expect(reply, "Marta Quiroga")
    assert reply.citations and "Chief executive" in reply.citations[0].quote, reply.citations


_RAIL = """| 14 November 2024, Thursday |

Kenya-Uganda railway freight rises

The railway's share of Uganda-bound import cargo leaving Kenya's Kipevu Multipurpose Port rose to 18% in the nine months, the Kenya Ports Authority said on Monday.
"""


def test_a_name_ending_in_the_kind_of_place_asked_answers_it() -> None:
    reply = answered(_RAIL, "Which Kenyan port is the import share measured at?")
    assert reply.answered and reply.text.startswith("Kipevu Multipurpose Port"), reply.text
