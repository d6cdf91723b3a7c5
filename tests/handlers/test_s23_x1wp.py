"""When, where and who over small made-up stories: the body news names by the city it sits in."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINES = """| 19 November 2025, Wednesday |

Slovakia agrees to close its last lignite mines by 2040

Slovakia's government and the miners' unions agreed on Tuesday a timetable to close the country's last lignite mines by 2040.

The aid still needs approval from the European Commission, which Bratislava plans to formally notify in February. Brussels has yet to approve the plan.

Lignite output fell 6.1% to 1.2 million tonnes in January-October, the statistics office said.
"""


def test_brussels_asked_is_the_commission_the_sentence_names() -> None:
    # "Brussels" acts for the European Commission: the sentence naming the Commission dates the notice
    expect(answered(_MINES, "when does bratislava plan to formally submit the aid plan to brussels"), "February")


_ZONE = """| 20 November 2025, Thursday |

Turkish firms pile into Jordan's Aqaba zone

Turkish companies committed $640 million of new investment to the Aqaba industrial zone in the first ten months of the year, the developer said on Wednesday.

The developer plans to open a second phase of the zone covering 310 hectares next year, which it says could house about 60 more companies. The expansion is still awaiting final approval of the land allocation by Jordan's cabinet, which Demir said she expected in March.
"""


def test_a_thing_the_relative_clause_expects_is_still_to_come() -> None:
    # "which Demir said she expected in March", said in November: next March, and the cabinet is
    # the government; "the next phase" is what the land is for, no next event asked
    expect(answered(_ZONE, "When is the govt expected to sign off on the land for the next phase?"), "March 2026")
