"""Rules from the 21st session's w2sd helper, each over a small made-up story: a coming "over"
from a side, turning into as becoming, and a capital asked by its owner's name."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The fair in Urumqi, the capital of the Xinjiang region, follows a meeting between Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev last month in Astana.

The fair was attended by Chinese provincial government officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the Chinese market.

Gansu's trade with Kazakhstan rose 14% last year to $2.1 billion, customs data showed.

Gansu should also become a "key" hub for trade with Central Asia, Xi said in February, saying the province ought to play a role in energy security.
"""


def test_who_came_over_from_a_side_attended() -> None:
    expect(answered(_FAIR, "who came over from the chinese side to the urumqi event"), "bank chiefs")


@pytest.mark.parametrize("question", ["what did xi say gansu should turn into", "what should gansu turn into"])
def test_turning_into_is_becoming(question: str) -> None:
    expect(answered(_FAIR, question), "hub")  # not the province's trade


@pytest.mark.parametrize("question", ["whats xinjiang's capital city", "which city is Xinjiang's capital?"])
def test_a_capital_asked_by_its_owners_name(question: str) -> None:
    reply = answered(_FAIR, question)
    assert reply.answered and reply.text.startswith("Urumqi"), reply.text


@pytest.mark.parametrize("question", ["what is the capital of china", "whats china's capital"])
def test_a_capital_of_another_place_is_not_the_one_asked(question: str) -> None:
    expect(answered(_FAIR, question), None)


def test_a_capital_asked_the_other_way_round_is_its_place() -> None:
    expect(answered(_FAIR, "urumqi is the capital of which region?"), "Xinjiang")



@pytest.mark.parametrize("question", ["did xi bring up energy security re gansu", "did xi mention energy security for gansu"])
def test_bringing_up_or_mentioning_is_saying(question: str) -> None:
    expect(answered(_FAIR, question), "Yes")
