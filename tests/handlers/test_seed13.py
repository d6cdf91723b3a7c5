"""Fresh phrasings of questions on one story: a rate written out that only a level answers, ..."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FERRY = """| 3 March 2025, Monday |

Baltic ferry line carries record freight as new route opens

Freight carried by the Nordline ferry company between Tallinn and Helsinki rose to 2.4 million tonnes in February, the company said on Monday.

Passenger numbers on the route climbed 12% from a year earlier to 610,000, it said.

The company's chief executive, Mari Tamm, said a new route to Stockholm would open in May.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("by what % did freight rise in february?", None),  # only the level reached is given
    ("by what percent did freight rise in february?", None),
    ("by what % did passenger numbers climb?", "12%"),
    ("by what percent did passenger numbers climb?", "12%"),
])
def test_a_rate_written_out_is_no_level_reached(question: str, expected: str | None) -> None:
    expect(answered(_FERRY, question), expected)
