"""Rules of wave m3, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_HARBOUR = """| 3 March 2025, Monday |

Peruvian port gears up for grape season

CALLAO, Peru, March 3 (Reuters) - Peru's port of Paita, about 80 km (50 miles) north of Piura, handled 310,000 containers last year, the port company said on Monday.

Three new mobile harbour cranes arrived at the port in January. Each crane can lift up to 45 tonnes and move 30 boxes an hour, compared with 22 before, the operator said.

The United States is the biggest market for Peruvian table grapes, taking about 47% of the country's grape exports by value.

Shipments of fresh fruit from Paita to U.S. ports reached 95,000 tonnes in January-February, up 4% from a year earlier.
"""


def test_a_name_owning_the_whole_of_a_share_asked_is_named_anywhere_in_the_sentence() -> None:
    # "of peru's grape exports": Peru owns the whole, which the sentence names as "Peruvian"
    reply = answered(_HARBOUR, "does the us take over 60 pct of peru's grape exports by value")
    expect(reply, "47%")
    assert reply.text.startswith("No"), reply.text
    assert answered(_HARBOUR, "does the us take over 40 pct of peru's grape exports by value").text.startswith("Yes")


def test_how_heavy_a_load_asks_a_weight_and_lifting_it_is_no_rise() -> None:
    reply = answered(_HARBOUR, "how heavy a load can each new crane lift")
    expect(reply, "45 tonnes")


def test_a_place_asked_relative_to_another_is_the_distance_and_compass_point_from_it() -> None:
    reply = answered(_HARBOUR, "where is paita relative to piura?")
    expect(reply, "80 km (50 miles) north of Piura")
    assert not answered(_HARBOUR, "where is paita port relative to piura").text.startswith("Peru")


_TARIFF = """| 3 March 2025, Monday |

Kazakh solar park wins lower tariff for its expansion

ASTANA, March 3 (Reuters) - The second stage of the Nur solar park won a tariff of 18.40 tenge per kWh at an auction held in February, the energy ministry said. The first stage, commissioned in 2022, sells power at 21.15 tenge per kWh under a 25-year contract.
"""


def test_how_much_cheaper_vs_the_other_asks_the_gap_as_than_does() -> None:
    reply = answered(_TARIFF, "how much cheaper is the stage 2 tariff vs stage 1")
    expect(reply, "2.75")

