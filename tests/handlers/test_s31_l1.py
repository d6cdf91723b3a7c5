"""Figure questions met on wave l1's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_PHASES = """| 3 March 2025, Monday |

Port operator signs deal for new container terminal

The terminal's first phase, due to open in 2027, will handle 800,000 containers a year, rising to 2 million containers annually once a second phase is finished by 2031, the operator said.

The operator said the project would cost $900 million.
"""


def test_a_numbered_phase_asked_takes_the_figure_told_of_that_phase() -> None:
    first = answered(_PHASES, "whats the annual capacity of phase 1")
    expect(first, "800,000")
    assert "2 million" not in first.text  # the second phase's, though "annually" sits beside it
    expect(answered(_PHASES, "how many containers a year will the first phase handle"), "800,000")
    reply = answered(_PHASES, "whats the annual capacity of phase 2")
    expect(reply, "2 million")


def test_the_number_of_a_phase_is_no_figure_to_find() -> None:
    assert parse_query("whats the annual capacity of phase 1", stored(_PHASES)).numbers == []

