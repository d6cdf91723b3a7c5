"""Topic questions of the 14th session's shapes: "tell me everything it says about X", "anything
in there on X or Y?", "any trade stats in this one?", a question said after who asks."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Georgian port and Turkish firms sign logistics deals

Georgian and Turkish companies signed agreements on logistics and farming at a forum in Batumi, officials said.

In April, a new freight terminal for Black Sea rail cargo opened in Poti, with a train carrying 40 containers departing for Turkey.

Bilateral trade between Georgia and Turkey rose 12% in the first half to $1.4 billion, customs data showed.

The landlocked region of Kakheti will be able to use the port of Batumi to export its wine from June.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("tell me everything it says about kakheti", "wine"),  # "everything it says about": a topic
    ("anything in there on rail?", "freight terminal"),  # "anything in there on"
    ("anything on rail or shipping routes?", "freight terminal"),  # either topic, though no sentence names a route
    ("any trade stats in this one?", "1.4 billion"),  # "stats" asks for figures of trade, unwritten
    ("i work in logistics - anything in there on rail?", "freight terminal"),  # who asks, then the question
])
def test_topic_shapes(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


def test_an_unknown_alternative_leaves_the_known_one() -> None:
    expect(answered(_PORT, "does it mention japan or kakheti?"), "wine")
    expect(answered(_PORT, "does it mention japan or korea?"), None)


_ORE = """| 3 March 2025, Monday |

Mongolian coal exports rise

Mongolia's coal exports to China rose 12.6% in the first nine months of 2025 to 61.4 million tonnes.

Coal export revenue fell 8.6% to $6.8 billion in the period.

Coal accounts for about 35% of Mongolia's export earnings, followed by copper concentrate, gold and zinc.
"""


def test_what_else_asks_the_other_things() -> None:
    # "what else ... apart from coal": the other sources, not an amount of money
    expect(answered(_ORE, "What else does Mongolia earn export money from apart from coal?"), "copper")


_RANGE = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals

Kazakh and Chinese companies attending a forum in Almaty signed a series of cooperation agreements spanning from mining and logistics to tourism and agriculture, state media said.

Trade between the two countries rose 11% in May to $4.1 billion, according to data from the customs office.
"""


def test_a_range_lists_the_kinds() -> None:
    # "spanning from mining and logistics to tourism and agriculture" lists the sectors, no comma in it
    expect(answered(_RANGE, "what sectors do the deals cover? list them"), "mining and logistics to tourism")


_FORUM = """| 3 March 2025, Monday |

Kazakh forum draws Chinese firms

Chinese and Kazakh companies attending a regional forum in Almaty signed a slew of cooperation agreements spanning mining and farming, state media said.

The forum was attended by Kazakh officials, bankers and about 300 Chinese enterprises hoping to win mining contracts.

Kazakhstan's tenge traded at 512 per dollar after the forum, from 509 before it.
"""


def test_what_they_were_after_is_what_they_sought() -> None:
    # "after" ending a question of people or bodies: what they wanted, not what came later
    expect(answered(_FORUM, "what were the chinese companies at the forum after?"), "mining contracts")
