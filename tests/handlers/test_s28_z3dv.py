"""Derived questions met on this session's sets (one arithmetic step from stated figures), each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Chinese-run mine lifts jobs in the north

The copper mine directly employs 2,300 people and has created an estimated 5,200 indirect jobs in nearby towns, the district governor said.

The mine shipped 41,000 tonnes of concentrate to China last year, up 12%.

Its owner plans to hire 400 more workers next year.
"""


def test_a_total_counting_two_kinds_adds_each_kinds_own_amount() -> None:
    expect(answered(_MINE, "How many jobs has the mine created in total, counting direct and indirect ones?"), "7,500")
