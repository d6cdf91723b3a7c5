"""Why-questions (causes and reasons) met on this session's sets, each a general rule over a
small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRIES = """| 3 March 2025, Monday |

Norwegian operator orders electric ferries from China

Fjordline Transport signed a contract with Weihai Shipyard for four battery-powered ferries worth 1.2 billion crowns, the company said on Monday.

The ferries are due between 2026 and 2028, and will replace diesel vessels on two routes near Bergen.

Fjordline chief financial officer Ingrid Solberg said the company picked a lease because it keeps the vessels off its balance sheet and spares it a large upfront payment.

The operator took out a bank loan of 300 million crowns last year to build two charging stations.
"""


def test_a_thing_not_chosen_after_rather_than_is_not_asked_of_the_reason() -> None:
    # "rather than a normal loan": the course not taken is the asker's; the reason's sentence need
    # not name it.
    expect(answered(_FERRIES, "Why did the company go for a lease rather than a normal loan?"), "balance sheet")


_WINE = """| 3 March 2025, Monday |

Georgian winemakers ship to China by sea

Georgian wine exports to China rose 12% last year to 9.4 million bottles, the national wine agency said.

Exports to Japan rose 5% to 1.2 million bottles, while sales to Poland fell 3%.

A first consignment of 30 containers of Georgian wine left Tbilisi by rail last week for the Turkish port of Mersin, where it was loaded onto a vessel bound for Shanghai.

The route was chosen because road transport through Armenia has been disrupted since floods in 2023, agency spokesperson Nino Beridze said.
"""


def test_the_thing_asked_by_way_of_a_place_is_named_by_its_noun_in_a_why() -> None:
    # "the route thru mersin" / "The route was chosen because ...": the places in the reason are
    # no rivals of the one asked.
    expect(answered(_WINE, "why did they pick the route thru mersin"), "Armenia")
