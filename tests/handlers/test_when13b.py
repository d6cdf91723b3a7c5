"""When-questions of this session's blind articles: a timetable's month read as still ahead, and
when-questions the article cannot answer."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_OUTAGE = """| 21 October 2025, Tuesday |

Outage at gas plant delays cargoes

Harlow Energy has shut its Kestrel gas plant after a fault in a compressor, the company said on Monday, forcing it to delay six cargoes due to load in November.

Chief Executive Anna Pike said the fault was detected during routine checks on Saturday.
"""


def test_a_cargo_due_to_load_in_a_month_loads_in_the_next_one() -> None:
    # "due to load in November", said in October, is November ahead, not last year's
    expect(answered(_OUTAGE, "When were the cargoes due to load?"), "November 2025")


def test_a_month_still_ahead_does_not_date_a_past_finding() -> None:
    # the lead's "due to load in November" is no past month: the fault was picked up on Saturday
    expect(answered("au_lng", "when was the compressor problem first picked up"), "On Saturday")
