"""Yes-no questions met on this session's sets, each a general rule over a small made-up story:
the answer gives the figure that decides it."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_GOAL = """| 3 March 2025, Monday |

Peru's buses go electric with Chinese help

A Chinese bus maker delivered 300 electric buses to Lima's transport authority on Tuesday, the city said.

The city aims to raise the electric share of its fleet to 45% by 2028.

The buses cost about $400,000 each, and 1,200 drivers have been trained to run them.

Fares on the new routes will stay at 3 soles, officials said.
"""


def test_a_share_asked_as_a_level_the_article_states_otherwise_is_a_no_with_its_figure() -> None:
    reply = answered(_GOAL, "is the city aiming for a 60 pct electric share by 2028")
    expect(reply, "45%")
    assert reply.text.startswith("No"), reply.text


def test_a_share_asked_as_the_stated_level_is_still_a_yes() -> None:
    reply = answered(_GOAL, "is the city aiming for a 45 pct electric share by 2028")
    expect(reply, "45%")
    assert reply.text.startswith("Yes"), reply.text
