"""Figure questions the bot abstained on although the story states the figure."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Customs receipts climb at Tema

The customs division of the Ghana Revenue Authority said its Tema command collected 3.2 billion cedis in duties from January to October, up from 2.7 billion a year earlier.

Container traffic at the port rose 8% to 1.1 million TEUs over the same period.
"""


@pytest.mark.parametrize("question", [
    "How much in duties did customs rake in at Tema?",
    "how much in duties did the revenue authority bring in at tema?",
])
def test_a_phrasal_verb_of_taking_in_money_is_no_kind_of_measure(question: str) -> None:
    # "customs rake": the subject and its verb, not a kind of rake the sentence must name
    expect(answered(_PORT, question), "3.2 billion")
