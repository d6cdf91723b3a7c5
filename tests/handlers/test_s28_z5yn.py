"""Yes-no questions met on the bundled article's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_STRIKE = """| 3 March 2025, Monday |

Chilean copper exports climb

In January, copper shipments from Chile rose 12% to 410,000 tonnes, the most since June 2021 when miners began a national strike, the customs agency said earlier this month.

Prices held steady at the London Metal Exchange.
"""


def test_a_since_date_dates_the_event_its_when_clause_tells() -> None:
    reply = answered(_STRIKE, "did the miners begin the strike this year")
    expect(reply, "No, June 2021")
