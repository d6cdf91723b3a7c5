"""Near misses a story does not answer: a base worked back over another span than the one asked,
...: refused, not answered with a figure of something else."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FREIGHT = """| 7 October 2025, Tuesday |

Container rates climb as dock strike drags on

Spot rates for shipping a 40-foot container from Busan to Seattle rose 18% this week to $3,540, the Boxline index showed.

The strike at West Coast terminals entered its second week on Monday, with 41 ships waiting at anchor.
"""


def test_a_weeks_move_works_back_to_no_level_a_year_ago() -> None:
    expect(answered(_FREIGHT, "what did it cost to ship a container from busan to seattle a year ago"), None)


def test_a_weeks_move_still_gives_the_level_reached() -> None:
    expect(answered(_FREIGHT, "what does it cost to ship a container from busan to seattle now"), "3,540")


_AIRLINE = """| 3 June 2025, Tuesday |

Regional carrier expands network

Andes Link, a regional airline based in Lima, said on Monday it would buy 12 turboprop aircraft next year to serve new routes in the Amazon basin.

The carrier flew 1.4 million passengers last year, up 9% from 2023, chief executive Rosa Quispe said.
"""


def test_aircraft_to_be_bought_are_no_count_of_the_fleet() -> None:
    expect(answered(_AIRLINE, "how many aircraft does Andes Link have"), None)


def test_aircraft_to_be_bought_answer_what_it_will_buy() -> None:
    expect(answered(_AIRLINE, "how many aircraft will Andes Link buy"), "12")
