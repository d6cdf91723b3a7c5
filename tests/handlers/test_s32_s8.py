"""Rules met on wave s8's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DOCK_STRIKE = """| 12 March 2025, Wednesday |

Port strike strands fruit exports

Some 1,400 stevedores and crane drivers at Valmar stayed off the job for a third day on Wednesday, halting most container traffic and leaving fruit exporters facing losses of about $9 million a day.

The Valmar Port Workers Union launched the strike at 6 a.m. on Monday after talks on contracts that expired in January broke down last week. The port offered pay rises of 3% a year, while the union is seeking 6%.

"Our members are walking out because the operator wants to cut rest breaks between shifts," union leader Marta Quiroga told reporters on Tuesday.

The port operator has cut about 300 crane driver jobs since 2021, according to the union.
"""


def test_staying_off_the_job_is_a_strike() -> None:
    expect(answered(_DOCK_STRIKE, "how many workers are on strike"), "1,400")


def test_a_quoted_because_after_the_move_beats_a_participle_that_only_goes_on() -> None:
    # "stayed off the job ..., halting most container traffic" names the strike but only goes on
    expect(answered(_DOCK_STRIKE, "why are the stevedores and crane drivers striking"), "rest breaks")


def test_a_day_of_a_strike_under_way_is_not_its_start() -> None:
    # "for a third day on Wednesday" is a day of it; "launched the strike ... on Monday" its start,
    # not "cut about 300 crane driver jobs since 2021", which borrows the strike from the lead
    expect(answered(_DOCK_STRIKE, "When did the crane drivers down tools?"), "Monday")


def test_a_day_of_a_strike_under_way_answers_when_that_day_is_asked() -> None:
    expect(answered(_DOCK_STRIKE, "when did the strike enter its third day"), "Wednesday")
