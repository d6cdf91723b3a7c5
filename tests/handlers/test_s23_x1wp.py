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
