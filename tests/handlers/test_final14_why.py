"""Why, what and yes/no: the patterns behind the fourteenth session's blind articles' misses,
each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered

_FISCAL = """| 19 November 2025, Wednesday |

Port operator plans new berth

The state port operator handled 8.4 million tonnes of cargo in the fiscal year that ended in June, up 12% from a year earlier, its chairman said on Wednesday.

The operator plans to build a new berth by 2028.
"""


def test_a_fiscal_year_ended_in_june_overlaps_last_year() -> None:
    # "the fiscal year that ended in June" runs from July 2024: no bare June of this year
    result = answered(_FISCAL, "Did cargo at the port go up last year?")
    assert result.answered and result.text.startswith("Yes."), result.text
    assert "12%" in result.text, result.text
