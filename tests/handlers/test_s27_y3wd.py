"""When-questions (dates) met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_OUTLOOK = """| 14 November 2024, Thursday |

Chilean cherry shipments to China climb

Chile's cherry exports to China rose 22% in the first nine months of the year to 410,000 tonnes, the farm ministry said on Tuesday.

Growers planted 6,000 more hectares last year, the growers' association said.

On Monday, the ministry said it expects cherry exports to China to reach 3 billion dollars next year.
"""


def test_when_a_forecast_was_made_is_its_telling_day_not_the_year_it_covers() -> None:
    expect(answered(_OUTLOOK, "When did the govt forecast 3bn dollars in exports for next year?"), "11 November")
