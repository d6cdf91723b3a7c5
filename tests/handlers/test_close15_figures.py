"""Figures still refused or wrong: each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_EXPO = """| 3 March 2025, Monday |

Regional delegation signs timber deals in China

A delegation from the Amur region signed nine agreements at a trade fair in Harbin on Monday, officials said.

The 38-member delegation of officials and executives was led by the regional governor.

The sawmill operator plans to expand its 1,400-strong workforce next year.
"""


def test_n_member_gives_the_size_of_the_group_named_next() -> None:
    # "The 38-member delegation": 38 counts the delegation, though glued to a word by a hyphen
    expect(answered(_EXPO, "How big was the delegation?"), "38")


def test_n_strong_gives_the_size_of_the_group_named_next() -> None:
    expect(answered(_EXPO, "How many people are in the sawmill operator's workforce?"), "1,400")
