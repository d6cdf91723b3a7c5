"""What, which and how questions met on the twentieth session's blind sets, each kept as a
general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_LINE = """| 7 October 2025, Tuesday |

Fast rail line carries record passengers

The Harbourline high-speed railway carried 1.2 million passengers in September, operator Harbourline Rail said on Tuesday.

The line now runs 52 trips a day using 14 trainsets built by Nordwagen Rail Systems.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a trainset is a train, as a locomotive is
    ("how many trains does the line use?", "14"),
])
def test_a_trainset_is_a_train(question: str, expected: str) -> None:
    expect(answered(_LINE, question), expected)
