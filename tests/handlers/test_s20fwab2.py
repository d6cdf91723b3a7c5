"""Figures of another thing or another place, held back: a relative clause of a rival place set
against the asked one, and a bare number counting the noun its "the number of" names."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORTS = """| 14 October 2025, Tuesday |

Tarvik port traffic jumps

Container traffic at the Baltic port of Tarvik rose 21% in the first nine months of the year to 52,300 twenty-foot equivalent units (TEUs), its operator said on Monday.

The number of container trains routed via Tarvik and the nearby port of Kessel climbed to 310 in the period from 240 a year earlier.

Tarvik is now the second-largest container port on the coast after the Port of Ostrova at Lindby, which handled 97,000 TEUs in the same period.

The Kessel plant in the region of Marsh, which employs 640 people, makes cranes for both ports.
"""


def test_a_relative_clause_of_a_place_set_against_the_asked_one_is_not_its() -> None:
    expect(answered(_PORTS, "how many TEUs did Tarvik handle jan-sep"), "52,300")


def test_a_relative_clause_of_where_the_asked_place_lies_is_still_its() -> None:
    expect(answered(_PORTS, "how many people work at the Kessel plant?"), "640")


def test_a_number_of_things_counts_no_thing_named_only_as_their_modifier() -> None:
    expect(answered(_PORTS, "how many containers did Kessel port handle jan-sep"), None)


def test_a_number_of_things_counts_them() -> None:
    expect(answered(_PORTS, "how many trains went via Kessel?"), "310")


_CARGO = """| 20 November 2025, Thursday |

Peruvian zinc ore exports to China jump as new port of Ilo opens

Peruvian zinc ore shipments to China rose 12.1% in the first nine months of the year to 2.4 million tonnes, the mines ministry said on Tuesday.

Zinc concentrate was the biggest single cargo at Ilo, at 412,000 tonnes in the first ten months, most of it from mines in the Moquegua region that previously trucked ore to the port of Matarani, the port's chief executive told reporters.

The smelter can process 1.1 million tonnes of ore a year into about 90,000 tonnes of zinc. Andes Metals owns 60% of the venture.

Andes Metals chief executive Pedro Ruiz said the company would keep shipping ore to China. The company expects to export 3 million tonnes next year, up from 2.6 million tonnes this year.

"Chinese demand for Peruvian ore is holding up, but prices are not," said Ana Quispe, a metals analyst at Inca Securities in Lima. Benchmark zinc prices on the London Metal Exchange have fallen about 7% this year because of oversupply from Australia, she said.
"""


def test_a_place_asked_as_where_goods_leave_is_not_where_they_went() -> None:
    expect(answered(_CARGO, "how much zinc was shipped out of Matarani?"), None)


def test_a_price_per_tonne_asked_is_no_rate_of_change() -> None:
    expect(answered(_CARGO, "whats the current LME zinc price per tonne"), None)
