"""Derived figures met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FACTORY = """| 3 March 2025, Monday |

Textile plant opens in northern Ghana

A Chinese-built textile plant opened in Tamale on Monday, the trade ministry said.

The plant employs 1,800 people, of whom 1,500 are Ghanaian, and buys cotton from 9,000 farmers in the region.
"""


def test_a_bare_number_of_whom_counts_the_whole_before_it() -> None:
    reply = answered(_FACTORY, "How many of the plant's workers aren't Ghanaian?")
    expect(reply, "300")
