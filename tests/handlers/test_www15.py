"""Who, when and where the 15th session's blind articles missed, as general rules."""

from __future__ import annotations

from tests.handlers.stories import answered

_MEETUP = """| 3 March 2025, Monday |

Firms sign deals at regional conference

Companies from both countries signed a slew of agreements at a regional conference on Friday.

The summit in Kazan, the capital of Tatarstan, drew 600 firms, organisers said.
"""


def test_meetup_is_a_gathering() -> None:
    # "which city hosted the business meetup?": "The summit in Kazan" is the meetup.
    reply = answered(_MEETUP, "which city hosted the business meetup?")
    assert reply.answered and "Kazan" in reply.text, reply.text


_SIGNING = """| 3 March 2025, Monday |

Port operator signs factory deals

The free trade zone signed investment agreements worth $1.4 billion with seven manufacturers on Tuesday, its operator said.

The deals were signed in Lagos in the presence of Trade Minister Halima Danjuma and Consul-General Wang Lifeng.
"""


def test_in_the_presence_of_attends() -> None:
    # "which minister attended the signing?": signed "in the presence of" the minister.
    reply = answered(_SIGNING, "Which govt minister attended the signing?")
    assert reply.answered and "Danjuma" in reply.text, reply.text


_BORDER = """| 3 March 2025, Monday |

Rail freight hits record

Freight carried on the railway hit a record 4.9 million tonnes in the first 10 months, its operator said on Wednesday, as companies signed a raft of cross-border freight deals.

Customs clearance for a freight train at the Boten-Mohan border crossing now takes about six hours, down from 40 hours in 2023.
"""


def test_clearance_is_clearing() -> None:
    # "where do freight trains get cleared?": "Customs clearance for a freight train at ..."
    reply = answered(_BORDER, "Which border post do freight trains get cleared at?")
    assert reply.answered and "Boten" in reply.text, reply.text


_STRIKE = """| 3 March 2025, Monday |

Paper workers strike

About 9,400 workers walked off the job at 14 pulp mills on Monday after talks on a new agreement collapsed, the union said.

National Conciliator Anna Koskinen has summoned both sides to talks in Helsinki on Thursday, her office said.
"""


def test_conciliator_is_a_title() -> None:
    # "National Conciliator Anna Koskinen" is a titled person, not a run of capitalised words.
    reply = answered(_STRIKE, "who summoned both sides to talks?")
    assert reply.answered and "Koskinen" in reply.text, reply.text


def test_trying_to_is_the_deed_tried() -> None:
    # "who's trying to broker a deal?": the attempt is told by the deed, no "trying" in it; and a
    # conciliator brokers.
    reply = answered(_STRIKE, "who's trying to broker a deal between the two sides")
    assert reply.answered and "Koskinen" in reply.text, reply.text




def test_a_body_named_is_of_the_kind_the_story_gave_it() -> None:
    # "the chairman of the Chinese automaker": "Xinhe chairman Lu Weiming", Xinhe being the story's
    # "Chinese carmaker Xinhe Motor Group".
    reply = answered("th_ev", "Who's the chairman of the chinese automaker?")
    assert reply.answered and "Lu Weiming" in reply.text, reply.text
