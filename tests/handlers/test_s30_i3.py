"""Yes-no questions met on this session's sets (class i3), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BUILT = """| 3 March 2025, Monday |

Mallory opens new glass works in Tarn

Mallory Glass opened a 40 million euro glass works in Tarn on Monday, the company said.

Construction took 14 months and employed up to 300 workers. The first furnace covered its test run in 19 days.
"""


def test_a_length_asked_in_one_unit_is_set_against_one_stated_in_another() -> None:
    reply = answered(_BUILT, "Did construction take longer than a year?")
    expect(reply, "14 months")
    assert reply.text.startswith("Yes")


def test_a_span_after_a_bound_is_the_length_compared_not_a_period() -> None:
    reply = answered(_BUILT, "Did the first furnace cover its test run in under 3 weeks?")
    expect(reply, "19 days")
    assert reply.text.startswith("Yes")
    reply = answered(_BUILT, "Did the first furnace cover its test run in under 2 weeks?")
    assert reply.text.startswith("No")
