"""Questions met on this session's new articles (wave f1new), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLATFORM = """| 3 March 2025, Monday |

Norwegian field starts output as new platform comes online

OSLO, March 3 (Reuters) - Output at the Skarv Deep field began on Sunday after a new floating storage and loading (FSL) unit was towed into place, the operator said.

The unit, named Nordlys, is anchored some 85 km (53 miles) off the coast and can store 900,000 barrels.

A second unit is planned for 2028, the company said.
"""


def test_how_far_off_the_coast_asks_a_distance_and_the_acronym_goes_on_by_its_noun() -> None:
    # "how far off the coast" is a distance, not a miss; "the unit" is the FSL spelt out before
    reply = answered(_PLATFORM, "how far off the coast is the new FSL")
    expect(reply, "85 km")


_FERRY = """| 3 March 2025, Monday |

Ferry line adds second ship on island route

The new ship will carry passengers from the mainland to the island from April, the company said on Monday.

The ship, named Nordic Star, was built in Poland and can carry 600 passengers.

A third ship is planned for 2027.
"""


def test_called_asks_the_name_which_a_named_sentence_gives() -> None:
    # "called" only asks the name; the sentence giving one ("named Nordic Star") answers it
    reply = answered(_FERRY, "whats the new ship called")
    expect(reply, "Nordic Star")

