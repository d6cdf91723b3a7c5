"""Misspelt, phone-typed questions: typos of the article's words, read as those words."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PARCELS = """| 3 March 2025, Monday |

Filipino families send more gift parcels home

Freight forwarders shipped about 1.4 million boxes to the Philippines in November, up 9% from a year earlier, their association said on Monday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many boxs in november", "1.4 million"),  # "boxs" is no plural the lexicon makes of "box"
    ("how many boxes in november", "1.4 million"),
])
def test_a_plural_in_es_typed_with_s(question: str, expected: str | None) -> None:
    expect(answered(_PARCELS, question), expected)

