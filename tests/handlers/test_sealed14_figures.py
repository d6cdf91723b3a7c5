"""Figure questions from the first run of the fourteenth pass's sealed files."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Korean and Polish firms sign deals in Warsaw

Korean and Polish companies signed 37 contracts worth $1.9 billion (7.6 billion zlotys) at a trade fair in Warsaw that ended on Friday, organisers said.

Gdansk-based Baltmet and Seoul's Hanwol Steel signed a $120 million agreement to build 300 megawatts of wind and battery storage capacity in Silesia, with the first phase due in 2027.
"""


def test_a_place_further_on_in_its_clause_is_where_the_figure_happened() -> None:
    # "signed 37 contracts worth ... at a trade fair in Warsaw": the contracts are Warsaw's,
    # though "Korean and Polish companies" open the clause
    expect(answered(_FAIR, "how many contracts got signed at the warsaw fair"), "37")
    expect(answered(_FAIR, "wind capacity in the silesia deal?"), "300 megawatts")
