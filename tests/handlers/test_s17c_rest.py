"""Why/how, yes/no, derived and follow-up questions of the seventeenth session's rest: the words a
question asks with against what the story states in other words."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_PIPE = """| 9 June 2025, Monday |

Kyrgyzstan and China revive plans for gas link

Kyrgyzstan and China agreed on Monday to restart talks on the long-delayed Tien Shan gas pipeline, energy officials said.

The Tien Shan pipeline, first proposed in 2014, would add 12 bcm a year and run 420 km through the mountains to the Chinese border.

Construction could begin in 2027 if financing is agreed, the energy ministry said.
"""


def test_capacity_asked_is_met_by_an_amount_stated_a_year() -> None:
    # "capacity" is no word of the sentence; "12 bcm a year" is what the line can carry
    expect(answered(_PIPE, "how much capacity would the tien shan pipeline add"), "12 bcm")


_PORT = """| 2 September 2025, Tuesday |

Lomé port traffic grows as Sahel trade shifts

Container traffic at the port of Lomé rose 9% in the first half, the port authority said on Tuesday.

The port's share of transit cargo bound for Burkina Faso rose to 34% in the six months, compared with 29% a year earlier. Lomé handles about 80% of landlocked Niger's seaborne trade.

The authority plans to add a third container berth by 2027.
"""


def test_a_bare_share_follow_up_is_the_share_the_last_answer_stated() -> None:
    # not the other sentence that says "share" (34% of Burkina Faso's transit cargo)
    expect(dialog(_PORT, "which port handles most of niger's seaborne trade", "what share?"), "80%")
