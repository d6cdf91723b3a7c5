"""Figures met on wave q2's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LINE = """| 3 March 2025, Monday |

Coastal tram draws record riders

The Northport-Southbay coastal tram carried 4.2 million passengers in the first half of the year, up 12% from a year earlier, operator Coastline Transit said on Monday.

The 38-km line opened three years ago and cuts the trip between the two towns to 40 minutes.
"""


def test_how_long_a_line_is_no_count_of_what_it_carried() -> None:
    reply = answered(_LINE, "How long is the Northport-Southbay coastal tram line?")
    expect(reply, "38-km")

