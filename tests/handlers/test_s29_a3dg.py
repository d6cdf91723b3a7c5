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
