"""Fresh phrasings met on the bundled article's sealed sets, each kept as a general rule over a small story: a capital the goods go to for its country."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_GRAIN = """| 3 March 2025, Monday |

Kazakh grain exports to Russia climb

Kostanay region's grain exports to Russia rose 14% in January to February from a year earlier to 1.2 million tonnes, the regional government said on Monday.

Flights from Kostanay to Turkey will resume in May, the airport said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much grain did kostanay export to moscow?", "1.2 million tonnes"),
    ("kostanay grain sales to moscow?", "1.2 million tonnes"),
    ("how many flights to moscow?", None),  # no goods go there: the city itself, never named
])
def test_a_capital_the_goods_go_to_stands_for_its_country(question: str, expected: str | None) -> None:
    expect(answered(_GRAIN, question), expected)
