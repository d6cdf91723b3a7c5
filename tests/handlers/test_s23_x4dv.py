"""Derived questions met on this session's blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BRANDY = """| 15 October 2025, Wednesday |

Vellard sales slip as brandy slumps

Vellard reported sales of 2.10 billion euros on Wednesday, down 1.4%.

Shipments of its brandy fell 20% to 1.60 million cases due to duties imposed by China in July.
"""


def test_a_month_of_another_clause_does_not_contradict_the_same_quarter_asked() -> None:
    # "duties imposed by China in July" dates the duties, not the shipments
    expect(answered(_BRANDY, "How many cases of brandy did they ship in the same quarter last year?"), "2 million")
