"""Figure questions once abstained on though the story states the figure, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_RAIN = """| 3 March 2025, Monday |

Dry spell hits Moroccan citrus

Rainfall in the northern provinces of Larache and Kenitra was 38% below the long-term average between October and February, the weather office said.

Orange exports fell 12% in February to 41,000 tonnes.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a crop's growing before a kind of land says which land, no rise asked
    ("how far below normal was rain in the citrus growing regions", "38"),
    ("how far below normal was rain in the citrus-growing provinces", "38"),
    ("how much did rainfall grow in the citrus growing regions", None),  # stated only as below normal
])
def test_a_crop_growing_land_is_no_rise(question: str, expected: str | None) -> None:
    expect(answered(_RAIN, question), expected)
