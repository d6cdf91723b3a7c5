"""Failures met on the bundled article's question sets, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PIER = """| 3 March 2025, Monday |

Peru opens a new grain pier at Callao

The port authority said 1.2 million tonnes of grain passed through Callao last year, up 9% from a year earlier.

In April, a new grain pier was opened at Callao, with a ship carrying 40,000 tonnes of wheat arriving from Canada to mark the opening.

Exports of copper from the port rose 4% to 3.1 million tonnes, the authority said.
"""


def test_how_many_met_by_a_single_thing_named_with_a() -> None:
    expect(answered(_PIER, "how many ships arrived from canada to mark the opening"), "One")


def test_how_many_over_a_stretch_is_not_met_by_one_thing_named() -> None:
    expect(answered(_PIER, "how many ships have arrived at the pier since april"), None)


_FAIR = """| 3 March 2025, Monday |

Kenyan and Indian firms sign deals at Nairobi fair

Kenyan and Indian companies at a trade fair in Nairobi signed agreements spanning from manufacturing and mining to banking and tourism, the trade ministry said.

Kenya's exports to India rose 12% last year to $410 million, the ministry said.
"""


def test_how_many_sectors_counts_a_from_to_list() -> None:
    expect(answered(_FAIR, "how many industries do the agreements cover"), "Four")


_CORRIDOR = """| 3 March 2025, Monday |

Zambian copper gets a new sea route

In May, officials said landlocked Zambia would be able to use Dar es Salaam, the biggest port in Tanzania, to ship goods to Mombasa and Nairobi in Kenya from June, cutting costs for Zambian cargo.

Zambia's copper exports rose 8% last year to 820,000 tonnes, the mines ministry said.
"""


def test_how_many_destinations_in_a_place_counts_the_places_listed_in_it() -> None:
    expect(answered(_CORRIDOR, "how many destinations in kenya can zambian cargo go to via the tanzanian port"), "Two")
