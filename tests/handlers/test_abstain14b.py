"""Unanswerable near misses that must abstain: why something was not done, told only what doing it brings."""

from __future__ import annotations

from tests.handlers.stories import answered

_PORT = """| 3 March 2025, Monday |

Inland province gets a sea outlet

In May, customs officials said the landlocked province of Hubra would be able to use the port of Kessan to ship grain to the south from June, cutting costs for Hubra farmers.
"""


def test_why_not_is_not_what_doing_it_brings() -> None:
    result = answered(_PORT, "why couldn't hubra use kessan before june?")
    assert not result.answered, result.text


def test_why_it_is_done_still_answers() -> None:
    result = answered(_PORT, "why will hubra use the port of kessan?")
    assert result.answered and "grain" in result.text, result.text
