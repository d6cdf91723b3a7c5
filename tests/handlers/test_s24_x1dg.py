"""Dialog follow-ups and typo-laden questions met on this session's sets, each a general rule
over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_MISSION = """| 3 March 2025, Monday |

Kenyan coffee growers court Chinese buyers

The April mission, led by Deputy Agriculture Minister Peter Kamau, took 30 coffee estates from Nyeri to tasting events in Shanghai and Beijing.

Kenya's coffee exports to China rose 18% last year to 4,200 tonnes, the coffee board said.
"""


@pytest.mark.parametrize("follow_up", ["whats his govt job", "what's his role", "what is his job"])
def test_his_job_after_a_who_answer_is_the_answered_persons_post(follow_up: str) -> None:
    expect(dialog(_MISSION, "Who led the trade mission in April?", follow_up), "Deputy Agriculture Minister")


_TARGET = """| 3 March 2025, Monday |

Egypt's new zone draws Chinese factories

Companies from steel mills to battery makers set up near the port of Damietta last year.

Industry Minister Omar Fahmy said in a statement that the government aims to raise exports from the zone to $4 billion next year, from $2.6 billion this year.
"""


def test_who_set_a_figure_just_given_is_its_teller() -> None:
    expect(dialog(_TARGET, "What's the export target for the zone next year?", "who set it?"), "Omar Fahmy")


_STOCKS = """| 3 March 2025, Monday |

Coal stocks dip as demand soars

Coal stocks at power stations stood at 28.4 million tonnes on Monday, enough for about 11 days of use, the grid operator said.

Two workers left the Kota station after a dispute over pay, the union said.
"""


@pytest.mark.parametrize("question", ["how many days of coal do power stations have left", "hw many days of coal do stations have left"])
def test_what_a_do_question_has_left_is_what_remains(question: str) -> None:
    expect(answered(_STOCKS, question), "11 days")
