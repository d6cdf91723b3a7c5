"""Rules of wave s4, each a general rule over a small made-up story."""

from __future__ import annotations

from knowledge.numbers import find_figures
from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Kenyan cargo pushes Chinese-built Lamu port near capacity

Kenya's Chinese-built Lamu Multipurpose Port handled 2.1 million tonnes of cargo in the first nine months of the year, up 30%, officials said on Monday.

"Lamu was designed for growth," its chief executive said.

The port, built by China Communications Construction Co at a cost of $480 million, opened in 2021 near China's new naval base.

Officials plan a cold-storage hub at Lamu next year.
"""


def test_the_site_noun_opening_a_sentence_is_the_story_site_asked_by_its_place() -> None:
    # (the builder's "China" and the base's are no rival place of the port's)
    expect(answered(_PORT, "how much did lamu port cost to build"), "480 million")


_BARGES = """| 3 March 2025, Monday |

River drought strands barges

Shipping on the river has slowed, said Rio Barcos, which operates 300 barges. The company has idled 45 of them since May because the water is too low.

Seven fish plants operate along the river, and four of them are owned by Chinese firms, the ministry said.
"""


def test_a_count_of_them_takes_the_noun_of_the_sentence_before() -> None:
    expect(answered(_BARGES, "how many barges has rio barcos idled"), "45")


def test_a_spelt_out_count_of_them_counts_the_group_before_it() -> None:
    figures = find_figures("Seven fish plants operate on the coast, and four of them are owned by Chinese firms.")
    assert [(f.value, f.kind) for f in figures] == [(7.0, "count"), (4.0, "count")]
    assert figures[1].measure == figures[0].measure


def test_parked_up_vessels_are_idled() -> None:
    expect(answered(_BARGES, "how many barges has rio barcos parked up"), "45")


def test_a_count_noun_ends_before_the_verb_its_plural_takes() -> None:
    figures = find_figures("Seven fish plants operate on the coast.")
    assert figures[0].unit == "plants"


def test_how_much_of_goods_is_no_count_of_plants() -> None:
    reply = answered(_BARGES, "how much fish do the plants ship to china")
    assert not reply.answered, reply.text


_EXPO = """| 3 March 2025, Monday |

Firms sign deals at Andes-Pacific Expo

Peruvian and Chilean companies signed 40 agreements worth $2 billion at the Andes-Pacific Expo in Arequipa on Wednesday, organisers said.

The biggest deal was for a fruit-packing park in the border city of Tacna.
"""


def test_the_place_right_after_a_gathering_is_where_it_is_held() -> None:
    reply = answered(_EXPO, "which city hosted the andes-pacific expo")
    assert reply.text.startswith("Arequipa"), reply.text


_FLIGHT = """| 3 March 2025, Monday |

First mango flight to China

A chartered freighter carried 18 tonnes of mangoes from Multan to Urumqi, the capital of China's Xinjiang region, on Monday.
"""


def test_were_before_another_verb_is_where() -> None:
    reply = answered(_FLIGHT, "were did the plane land in china")
    assert reply.text.startswith("Urumqi"), reply.text


_KIWI = """| 3 March 2025, Monday |

Kiwifruit exports climb

New Zealand kiwifruit exports rose 8% this season, the growers' body said.

Most of the fruit left through the Port of Napier, which loaded 30,000 containers in the season.

Sales to the United States fell 6% due to higher freight costs.
"""


def test_which_port_is_the_port_the_best_sentence_names_by_that_kind() -> None:
    reply = answered(_KIWI, "through which port did most of the fruit leave")
    # (the port itself, by either name: "the Port of X" is also the place X)
    assert reply.text.startswith(("Port of Napier", "Napier")), reply.text
