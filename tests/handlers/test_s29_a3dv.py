"""Derived questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LEAD_RATE = """| 3 March 2025, Monday |

Laos trade via Boten climbs as new warehouse opens

Laos's imports from China through the Boten border crossing climbed 25% in the first half of the year, customs data showed, as Vientiane opened a new warehouse near the frontier.

Goods worth 50 billion kip entered Laos through the border checkpoint between January and June, the customs department said. Exports to China through the crossing were just 2 billion kip.

An average of 120 trucks a day crossed the border in June.
"""


def test_a_lead_rate_works_back_the_level_opening_the_next_paragraph() -> None:
    expect(answered(_LEAD_RATE, "what were imports from china via boten worth a year earlier"), "40 billion")
