"""Questions met on this session's sets (wave c4wp), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RELAY = """| 3 March 2025, Monday |

Norland salmon exports to Japan climb

Norland's salmon exports to Japan rose 14% last year to 42,000 tonnes, the seafood council said on Monday.

Most of the fish is flown from Tromsvik and transferred in Helsinki before a flight of about 8,000 kilometres to Osaka, which takes 11 hours.

Prices rose 6% on strong demand, the council said.
"""


def test_a_going_that_ends_at_a_named_place_asks_where_else_it_happens() -> None:
    # "before heading to Osaka" names where the fish goes: the question asks where it is
    # transferred, not where it is headed.
    reply = answered(_RELAY, "Where is most of the fish transferred before heading to Osaka?")
    expect(reply, "Helsinki")

