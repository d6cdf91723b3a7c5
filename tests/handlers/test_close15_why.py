"""Why, yes/no and what questions the 15th session's closing wave taught: a plant's feedstock is
the waste or raw material it turns into its product; a sliding royalty is a charge on a scale,
no fall."""

from __future__ import annotations

from tests.handlers.stories import answered

_PELLETS = """| 5 March 2025, Wednesday |

Latvian firm to build pellet plant

Latvian energy company Zemgale Bio will build a 40 million euro wood pellet plant in Jelgava, it said on Tuesday.

The plant will turn forestry residue and sawmill waste into 120,000 tonnes of pellets a year for power stations in Denmark.
"""


def test_feedstock_is_the_waste_a_plant_turns_into_its_product() -> None:
    reply = answered(_PELLETS, "What will the Zemgale Bio pellet plant use as feedstock?")
    assert reply.answered and "waste" in reply.text, reply.text


def test_a_sliding_charge_is_its_scale_not_a_fall() -> None:
    reply = answered("kg_gold", "Why are miners unhappy about the sliding royalty?")
    assert reply.answered and "uneconomic" in reply.text, reply.text
