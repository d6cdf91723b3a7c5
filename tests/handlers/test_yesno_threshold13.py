"""Yes/no against a number the question gives: "Did more than 1,000 firms attend?" is answered by
the stated figure set against it, not by a sentence that only names the firms."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered

_FAIR = """| 20 June 2024, Thursday |

Polish and German firms meet at Wroclaw trade fair

Polish and German companies attending a trade fair in Wroclaw signed deals on energy, logistics and food.

The fair was attended by almost 600 Polish companies and 85 German firms, the organisers said.

Poland's exports to Germany rose 6.4% in the first five months to 42.1 billion euros.
"""


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    ("Did more than 1000 Polish companies attend the fair?", "No.", "600"),  # almost 600 is fewer
    ("did over 500 polish firms attend", "Yes.", "600"),
    ("did fewer than 50 german firms go to the fair", "No.", "85"),
    ("did poland's exports to germany rise by more than 10%", "No.", "6.4%"),
    ("were polish exports to germany over 40 billion euros", "Yes.", "42.1 billion euros"),
])
def test_a_number_asked_is_set_against_the_stated_one(question: str, verdict: str, evidence: str) -> None:
    reply = answered(_FAIR, question)
    assert reply.answered and reply.text.startswith(verdict) and evidence in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "did more than 100 czech firms attend the fair",  # the figure counts Polish and German ones
    "did poland's exports to france rise by more than 5%",  # another destination
])
def test_no_figure_of_what_is_asked_gives_no_verdict(question: str) -> None:
    reply = answered(_FAIR, question)
    assert not reply.text.startswith(("Yes.", "No.")), reply.text
