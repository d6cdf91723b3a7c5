"""Why and yes/no questions the 15th session's last wave taught: a journey asked quicker is its
time asked down; the top place asked for one and given to another is a no."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered

_FERRY = """| 4 March 2025, Tuesday |

Baltic ferry line adds sailings as freight grows

Freight on the Tallinn-Helsinki ferry route rose 8% last year to 4.1 million tonnes, operator Nordline said on Monday.

The average crossing time from Tallinn to Helsinki fell to 2 hours from 2.5 hours after the line put two new vessels into service.

Estonia remained Finland's top trading partner in the Baltic region at 3.2 billion euros, customs data showed.

Latvia's trade with Finland rose 4% to 1.9 billion euros.
"""


@pytest.mark.parametrize(("question", "verdict"), [
    ("Has the trip from Tallinn to Helsinki got any quicker?", "Yes."),
    ("is the journey from tallinn to helsinki getting slower", "No."),
])
def test_a_journey_quicker_is_its_time_falling(question: str, verdict: str) -> None:
    reply = answered(_FERRY, question)
    assert reply.answered and reply.text.startswith(verdict) and "2 hours" in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "Is Latvia Finland's No. 1 trading partner in the Baltic region?",
    "is latvia finland's biggest trading partner in the baltic",
])
def test_the_top_given_to_another_is_a_no(question: str) -> None:
    reply = answered(_FERRY, question)
    assert reply.answered and reply.text.startswith("No.") and "Estonia remained" in reply.text, reply.text


_PORT = """| 4 March 2025, Tuesday |

Georgian operator leases wagons as port project lags

Georgia's Kartli Logistics will lease 300 wagons from the state railway, the company said on Monday.

"We are leasing now because the new port at Anaklia will not be ready before 2029 and our customers need capacity today," said Nino Beridze, the company's chief executive.

The railway plans to add 1,000 wagons by 2027.
"""


def test_the_course_not_taken_is_not_asked_of_the_reason() -> None:
    reply = answered(_PORT, "Why is the Georgian company committing now instead of waiting?")
    assert reply.answered and "Anaklia" in reply.text, reply.text
