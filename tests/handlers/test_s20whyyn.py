"""Why and yes-no questions of the 20th session: a move answered with its figure, the reason
clause read from the sentence that gives it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRY = """| 3 March 2025, Monday |

Lake ferry draws more riders

The Kivu Express ferry, operated by Lakeline, carried 1.4 million passengers in the first half of the year, up 17.2% from a year earlier, the operator said on Monday.

"Ridership is growing fast, but the service needs roughly 4 million passengers a year to break even," said analyst Jean Mugabo.
"""


def test_a_figures_scale_names_no_kind_of_what_moved() -> None:
    # "1.4 million passengers ..., up 17.2%": "million" is the figure's scale, so the move with its
    # figure answers over the bare "growing" of a quote.
    reply = answered(_FERRY, "Did ridership fall compared with last year?")
    expect(reply, "17.2")
    assert reply.text.startswith("No")

