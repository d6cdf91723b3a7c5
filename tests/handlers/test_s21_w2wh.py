"""What, which and how questions of the 21st session's what-class failures, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MINE = """| 4 March 2025, Tuesday |

Copper output slides after rebels take mine town

Copper output in the northern province fell 22% in the fourth quarter, the mining ministry said on Monday.

The fall came after the Northern Liberation Front seized the mining town of Karsu in November.

The ministry said exports would recover once roads reopened.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Which rebel group took control of the mining town?", "Northern Liberation Front"),
    ("who took over karsu", "Northern Liberation Front"),
])
def test_taking_control_is_seizing(question: str, expected: str) -> None:
    expect(answered(_MINE, question), expected)

