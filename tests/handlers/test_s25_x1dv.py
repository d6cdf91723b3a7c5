"""Derived answers (one arithmetic step from stated figures) met on this session's sets, each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRY = """| 3 March 2025, Monday |

Coastal ferry line grows

The operator carried 6.4 million passengers last year, up from 5.9 million in 2023, the company said.
"""


def test_a_gap_under_one_million_is_also_told_in_whole_units() -> None:
    expect(answered(_FERRY, "how many more passengers did they carry in 2024 vs 2023"), "500,000 passengers")
