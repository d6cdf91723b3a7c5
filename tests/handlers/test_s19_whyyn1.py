"""Why and yes-no questions met on the nineteenth session's held-out sets, each kept as a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PALM = """| 10 December 2024, Tuesday |

Indonesian cocoa exports slip as buyers turn away

Indonesia's cocoa bean exports fell 9.1% in November to 41,000 tonnes, the trade ministry said on Tuesday.

Malaysia, the largest buyer, took 12,500 tonnes, down from 15,200 tonnes. The European Union took 8,300 tonnes, up from 6,100 tonnes a month earlier.
"""


def test_a_name_inside_an_asked_name_is_no_rival() -> None:
    # "European" of "The European Union" is part of the body asked, not another place leading the
    # sentence; "Indonesian cocoa" is the story's own
    reply = answered(_PALM, "Did the EU buy more Indonesian cocoa than the month before?")
    expect(reply, "8,300")
    assert reply.text.startswith("Yes")
