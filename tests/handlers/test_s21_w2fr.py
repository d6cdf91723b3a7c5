"""Figures the article states that the bot refused: a capital acting for its country, and
words of one meaning (to sanction is to blacklist)."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_SANCTIONS = """| 4 March 2025, Tuesday |

Shipowners wary of Venezuelan oil trade

Venezuela's oil exports rose to 900,000 barrels per day in January, traders said.

Washington in January sanctioned two oil terminals and 9 tankers over the trade, a move that has made insurers more wary, analysts said.

Most of the oil goes to China; sales to the United States have been banned since 2019.
"""


@pytest.mark.parametrize("question", [
    "how many tankers did the us sanction",
    "how many tankers did the us blacklist",
    "how many tankers did washington blacklist",
])
def test_a_capital_leading_its_sentence_acts_for_its_country(question: str) -> None:
    expect(answered(_SANCTIONS, question), "9")


def test_a_capital_acting_is_no_other_country() -> None:
    expect(answered(_SANCTIONS, "how many tankers did china sanction"), None)
