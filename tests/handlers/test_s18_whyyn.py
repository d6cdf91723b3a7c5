"""Why and yes-no questions met on the blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Rivermouth port busier as feeder trade grows

Container throughput at the port of Rivermouth rose 6.2% in 2024 to 4.1 million TEUs, the port authority said on Monday.

Feeder cargo made up 31% of the port's volumes in the year, up from 24% a year earlier, the authority said.

Norland took 40,000 tonnes of grain through the port in February, up from 52,000 tonnes a month earlier.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("did feeder cargo's share go up compared with a year ago", "Yes. Feeder cargo made up 31%"),
    ("has the share of feeder cargo gone down?", "No. Feeder cargo made up 31%"),
])
def test_a_share_asked_is_met_by_a_percentage_of_the_whole(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("Did Norland take more grain through the port than the month before?", "No. Norland took 40,000 tonnes"),
    # a month earlier is no answer to a year ago
    ("Did Norland take more grain through the port than a year ago?", "not say"),
])
def test_a_level_set_against_an_earlier_month_answers_a_month_asked(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)
