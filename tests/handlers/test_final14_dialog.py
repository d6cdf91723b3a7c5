"""Dialog follow-ups and derived figures of the fourteenth session's blind articles."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_RALLY = """| 3 March 2025, Monday |

Residents rally against mine expansion

About 900 people marched to the town hall on Sunday to protest against the quarry, the fourth such rally since the spring. The quarry will pump up to 3,000 cubic metres of groundwater a day, at a time when the valley is suffering its second dry summer in a row.

The company said the expansion would add 120 jobs.
"""


def test_why_after_a_rally_reads_the_setting_not_since_when() -> None:
    # "since the spring" says when the rallies began, no cause; "at a time when" gives the setting
    reply = dialog(_RALLY, "how many people marched on sunday?", "why are they against it?")
    expect(reply, "dry summer")
