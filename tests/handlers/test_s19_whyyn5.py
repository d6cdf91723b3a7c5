"""Why questions asked of a period a sentence only sets its figure against."""

from __future__ import annotations

from tests.handlers.stories import answered

_FERRY = """| 12 November 2025, Wednesday |

Baltica Ferries returns to profit

Baltica Ferries made a net profit of 28 million euros in July to September, compared with a loss of 9 million euros a year earlier, when a two-week dockers' strike kept its ships in port.

Ticket revenue rose 11% to 240 million euros because more passengers travelled than a year ago.
"""


def test_why_a_year_ago_reads_what_went_on_then() -> None:
    reply = answered(_FERRY, "Why did Baltica Ferries lose money a year ago?")
    assert reply.answered
    assert "strike" in reply.text.lower()
