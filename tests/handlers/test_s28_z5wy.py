"""Why-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_NICKEL = """| 3 March 2025, Monday |

Vietnam's nickel shipments to Japan jump as Haiphong adds berths

Vietnam's nickel exports to Japan rose 22% in the first half of 2024 from a year earlier to 310,000 tonnes, customs data showed, as Japanese battery makers turned to the port of Haiphong to secure supplies of the metal.

The shipments were worth $410 million, making Japan the largest market for Vietnamese nickel.

The voyage of about 4,000 km to Japan has become costlier due to a shortage of bulk carriers in the region, with freight on the route up about 20% this year, said an analyst at Hanoi-based Mekong Securities.
"""


def test_why_dearer_is_explained_by_a_price_move_not_another_rise() -> None:
    reply = answered(_NICKEL, "Why has shipping nickel to Japan gotten more expensive?")
    expect(reply, "shortage of bulk carriers")
