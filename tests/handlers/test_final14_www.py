"""Who, when and where the blind articles' first run missed, as general rules."""

from __future__ import annotations

from tests.handlers.stories import answered

_FORUM = """| 19 November 2025, Wednesday |

India-UAE business forum ends with new deals

A two-day business forum between India and the UAE in Dubai ended on Tuesday, organisers said, with deals in food processing and logistics.

Non-oil trade between the two countries rose 14% to $48 billion in the first nine months of 2025, UAE Minister of State for Foreign Trade Khalid Al Mansoori told the forum on Monday.
"""


def test_told_the_gathering_dates_the_telling() -> None:
    # "told the forum on Monday" is when the minister gave the numbers, not the lead's Tuesday.
    reply = answered(_FORUM, "When did the UAE trade minister give out the trade numbers?")
    assert reply.answered and "Monday" in reply.text, reply.text
