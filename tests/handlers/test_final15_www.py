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


_MILL = """| 3 March 2025, Monday |

Chinese spinner moves to Uzbekistan

Uzbek textile makers signed 12 deals with Chinese firms at a fair in Tashkent, the trade ministry said.

"Labour here costs less than at home," Zhou Ming, vice-president of Hunan Weaving, told Reuters at the fair.
"""


def test_an_exec_asked_for_is_the_company_person_named() -> None:
    # "Zhou Ming, vice-president of Hunan Weaving, told Reuters" need not say "executive"
    expect(answered(_MILL, "who's the chinese exec that spoke to reuters"), "Zhou Ming")
