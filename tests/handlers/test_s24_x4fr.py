"""Figures the bot abstained on although the story states them, each kept as a general rule
over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SOLAR = """| 3 March 2025, Monday |

Solar maker opens plant near Belgrade

The factory can make 0.9 gigawatts of panels a year, or roughly 1.7 million modules, its manager said on Monday.
"""


def test_a_solar_module_is_the_panel_counted() -> None:
    expect(answered(_SOLAR, "how many panels a year can the plant turn out?"), "1.7 million")
