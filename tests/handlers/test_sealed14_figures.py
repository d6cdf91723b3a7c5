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


_SALMON = """| 3 March 2025, Monday |

Chilean salmon gains ground in Japan

Chile's salmon exports to Japan rose 12% in the first half of 2025 to 98,000 tonnes, the trade ministry said on Monday.

Chile's share of Japan's fresh salmon imports by value climbed to 61.2% in the period from 55.4% a year earlier, according to Japanese customs data.
"""


def test_a_share_named_far_before_its_figure() -> None:
    # "Chile's share of Japan's fresh salmon imports by value climbed to 61.2%": the share word
    # is the figure's measure, too far back for the words just before it
    expect(answered(_SALMON, "What is Chile's share of Japan's salmon imports?"), "61.2%")
    expect(answered(_SALMON, "What's Chile's slice of Japan's salmon imports now?"), "61.2%")


_BORDER = """| 3 March 2025, Monday |

Truck queues ease at Kazakh border as new gate opens

About 860 trucks carrying grain were queuing at the Khorgos and Nur Zholy gates in the Zhetysu region on Sunday, down from a peak of more than 2,000 in January, officials said.

The Altynkol border gate, which opened to farm produce in November, has handled 54,000 tonnes of wheat since then, the customs committee said.
"""


def test_everyday_words_for_trucks_queues_and_border_gates() -> None:
    # "lorries stuck in line at the crossings" are "trucks queuing at the gates"
    expect(answered(_BORDER, "How many lorries were stuck in line at the Zhetysu crossings?"), "860")
    expect(answered(_BORDER, "how much wheat has gone through the altynkol crossing since it opened"), "54,000 tonnes")


_SMELTER = """| 3 March 2025, Monday |

Chinese miner expands Bulgarian smelter

Last month Zijin Metals opened a 310 million euro expansion of its smelter in Pirdop, in western Bulgaria, lifting capacity to 240,000 tonnes of copper cathode a year.
"""


def test_money_set_before_a_thing_is_what_it_costs() -> None:
    # "a 310 million euro expansion": no "cost" in the sentence, yet the amount is the cost
    expect(answered(_SMELTER, "zijin pirdop expansion cost"), "310 million")
    expect(answered(_SMELTER, "how much did the pirdop expansion cost?"), "310 million")
