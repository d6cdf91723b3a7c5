"""Derived figures of the 19th session's fifth pass: a level worked back with its own rate, not
with a rate set beside another level of the sentence."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MILLS = """| 4 March 2025, Tuesday |

Glass makers cut shifts as orders slow

Northland plants made 8.8 million tonnes of glass and ceramics in 2024, up 10% from 2023, while brick output rose 2.5% to 3.1 million tonnes, according to industry figures.
"""


def test_a_rate_works_back_the_level_of_its_own_clause() -> None:
    # 8.8 / 1.10 = 8.0, not the bricks' nearer 3.1 / 1.10 = 2.82
    expect(answered(_MILLS, "how much glass did northland plants make in 2023?"), "About 8 million")
