"""Figure questions that abstained or gave another figure though the story states the one asked:
a thing a line moves, a people's name for its country, a share of the trade way asked."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 3 November 2025, Monday |

Kenya railway freight climbs

Freight on the Chinese-built railway linking Kenya's port of Mombasa with the capital Nairobi rose 12.6% year on year in the first nine months of 2025, the operator said on Monday.

The Mombasa-Nairobi Railway Company hauled 4.35 million tonnes of cargo between January and September, including 210,000 containers, managing director Ruth Wanjiru said.

The line was built by China Road and Bridge Corporation and opened in 2017.
"""


def test_a_thing_a_line_moves_is_the_amount_carried_not_its_change() -> None:
    # "move" names no rise or fall when the question names what was moved ("how much cargo")
    expect(answered(_RAIL, "how much cargo did the railway move in the first nine months"), "4.35 million tonnes")
