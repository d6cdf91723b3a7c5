"""Who, when and where questions of the fifteenth session's sealed articles."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 3 March 2025, Monday |

Shipping firms sign port deals in Tashkent

Port and rail operators from Kazakhstan and China signed nine agreements worth $400 million on Friday at the Black Sea Forum in Tashkent.

"We are signing now because our customers need capacity today," said the chief executive of one of the operators.
"""


def test_a_venue_written_in_the_asked_town_dates_what_happened_there() -> None:
    # "on Friday at the Black Sea Forum in Tashkent": the forum is in Tashkent, no rival place
    expect(answered(_FORUM, "When were the agreements in Tashkent inked?"), "Friday")
