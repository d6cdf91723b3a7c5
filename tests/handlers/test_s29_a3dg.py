"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_FIELDED = """| 3 March 2025, Monday |

Chinese builders win more Balkan road contracts

Chinese firms won four of the six motorway tenders in the region last year, the transport ministry said.

Lena Horvat, a Balkans analyst at Vienna-based Danube Research, said Chinese builders stayed competitive on price.

Seven Chinese companies now work on road projects in Bosnia, according to Wang Lei, economic counsellor at the Chinese embassy in Sarajevo.
"""


def test_a_capitalised_field_before_an_analyst_title_still_describes_a_person() -> None:
    expect(dialog(_FIELDED, "who is the analyst quoted in the story", "which firm does she work for"), "Danube Research")


_AT_FIRM = """| 3 March 2025, Monday |

Maldives tuna finds a new market in China

Tuna exports from the Maldives to China rose 40% last year to 9,000 tonnes, the fisheries ministry said.

Nadia Rahman, an analyst at Coral Metrics in Singapore, said the gains could be limited in the near term.
"""


def test_the_name_an_analyst_works_at_is_a_firm_not_a_place() -> None:
    expect(dialog(_AT_FIRM, "who is the analyst quoted in the story", "which firm does she work for"), "Coral Metrics")


_FORESEEN = """| 3 March 2025, Monday |

Peru's new smelter lifts copper hopes

Copper output from Peru's smelters rose 5.2% in January from a year earlier to 98,400 tonnes, the mining ministry said.

Ana Torres, an analyst at Lima brokerage Andes Valores, said the new furnace could lift Peru's smelter output to 1.26 million tonnes next year, up from 1.12 million tonnes in 2024. "It's the biggest bet on smelting in Peru in a decade," she said.

The furnace cost $640 million to build and employs 900 workers.
"""


def test_a_level_someone_thinks_will_be_hit_is_a_figure_not_their_quote() -> None:
    expect(dialog(_FORESEEN, "Who is the analyst at Andes Valores?", "what does she think output will hit next year"), "1.26 million")
