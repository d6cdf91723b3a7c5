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


_CRUDE = """| 4 March 2025, Tuesday |

Border trade in ore keeps growing

Rizhao port alone received about 3.1 million tonnes of crude labelled as Omani in May, up 9% from April, traders said.

About 870 ore-laden trucks cleared inspection each week at the Lao border, customs officials said.

Analysts called the rise a sign of strong demand. A deal signed in May sets a target of clearing ore trucks at the border within 48 hours.
"""


def test_so_called_is_no_word_to_find() -> None:
    expect(answered(_CRUDE, "How many tonnes of so-called Omani crude arrived in May?"), "3.1 million")


@pytest.mark.parametrize("question", [
    "How many loaded trucks got through each week?",
    "How many lorries loaded with ore get through inspection every week?",
])
def test_loaded_is_laden_and_getting_through_is_clearing(question: str) -> None:
    expect(answered(_CRUDE, question), "870")
