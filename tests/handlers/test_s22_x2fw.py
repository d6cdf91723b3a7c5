"""Session 22 (x2fw): figures asked of one subject are not answered by another's."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Greek port sets cruise record

Piraeus reported a record 1.71 million cruise passengers in 2024, up from 1.53 million a year earlier.

The port handled 5.1 million containers last year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "thessaloniki" typed in lower case: English has it only as a name, which the story never names
    ("how many cruise passengers did thessaloniki get last year", None),
    ("how many cruise passengers did Thessaloniki get last year", None),
    ("how many cruise passengers did piraeus get last year", "1.71 million"),
])
def test_a_lowercase_name_the_story_never_names_is_not_answered(question: str, expected: str | None) -> None:
    expect(answered(_PORT, question), expected)
