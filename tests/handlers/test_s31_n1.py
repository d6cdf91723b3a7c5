"""Place questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ROUTE = """| 3 March 2025, Monday |

Zambian copper sales to China climb on new rail link

Zambia's copper exports to China rose 12% in the first half to 410,000 tonnes, the mines ministry said on Monday.

Last month, a Lusaka-based hauler began running a weekly train to the port of Lobito in Angola. From Lobito, cargo goes by sea to Ningbo in Zhejiang province. The line has moved 300 containers of cathodes so far.

The northern port of Walvis Bay also handles some copper, the ministry said.
"""


def test_a_place_of_the_nation_asked_is_found_where_the_paragraph_holds_the_words() -> None:
    # the sentence naming the Chinese port lacks "cathodes", which the paragraph's next one holds
    expect(answered(_ROUTE, "Which Chinese port are the cathodes shipped to from Lobito?"), "Ningbo")


_EQUIPMENT = """| 3 March 2025, Monday |

Guinea bauxite exports jump after mine restart

Guinea's bauxite exports to China rose 20% in the first nine months, the mines ministry said.

Much of the mining equipment came from China and was loaded at Boke and at Tianjin, the ministry said.
"""


def test_a_city_the_gazetteer_puts_in_the_nation_asked_ranks_first() -> None:
    # Boke, a place the text leaves unplaced, is no Chinese city; Tianjin is one
    expect(answered(_EQUIPMENT, "which chinese city was the mining equipment loaded at"), "Tianjin")


_RAIL = """| 3 March 2025, Monday |

Angola rail cargo jumps as copper flows west

Cargo on Angola's Lobito corridor rose 30% this year, the operator said on Monday.

The line runs east from the coast through Huambo to Dilolo on the Congolese border, and on to the mining hubs of Kolwezi in Congo.

A new roll-on/roll-off service to Portbury started in April, carrying cars from the port of Lobito.
"""


def test_a_frontier_is_a_border_and_the_place_on_it_is_where_the_line_reaches_it() -> None:
    expect(answered(_RAIL, "where does the line reach the congolese frontier"), "Dilolo")


def test_ro_ro_is_roll_on_roll_off() -> None:
    expect(answered(_RAIL, "which port does the new ro-ro service sail to"), "Portbury")


_ROAD = """| 3 March 2025, Monday |

Laos toll road income climbs

Toll income on the Vientiane-Vang Vieng expressway rose 12% this year, the operator said on Monday.

"The real test comes when the Vientiane-Boten road to the Chinese border opens," said an analyst in Bangkok.
"""


def test_the_demonym_before_border_names_the_country_the_border_is_with() -> None:
    expect(answered(_ROAD, "the boten road goes to the border with which country"), "China")

