"""Rules of wave c3 (session 35), each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_BRIDGE = """| 5 June 2025, Thursday |

Laos opens Mekong road bridge

Laos opened the new Mekong bridge to cars and lorries on Tuesday, the transport ministry said.

The bridge cost $120 million, funded by a loan from the Asian Development Bank.

Some 4,000 vehicles a day are expected to use it, officials said.
"""


def test_who_a_thing_is_opened_to_is_soft() -> None:
    query = parse_query("when did the bridge open to traffic", stored(_BRIDGE))
    assert all(t.soft for t in query.terms if t.word == "traffic")
    reply = answered(_BRIDGE, "when did the bridge open to traffic")
    expect(reply, "Tuesday")


_GROUND = """| 4 March 2025, Tuesday |

Work starts on Tajik cement plant

DUSHANBE, Tajikistan, Mar 4 (Reuters) - Work on a $300 million cement plant began on Tuesday at a ceremony in the northern Tajik city of Khujand, the builder said.

The plant will be built in Khujand and Isfara provinces, with a second kiln near the town.

In January the two governments signed a loan agreement in Beijing to build the plant.
"""


def test_a_dateline_town_with_its_country_is_placed_by_its_later_mention() -> None:
    reply = answered(_GROUND, "where was the groundbreaking held")
    expect(reply, "Khujand")
