"""Rules kept this session, each over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered

_OIL = """| 13 November 2025, Thursday |

Tunisia olive oil exports hit record

Tunisia shipped a record 312,000 tonnes of olive oil abroad in the season that ended last month, the agriculture ministry said on Wednesday.

The European Union as a whole absorbed 61% of Tunisian shipments, up from 55% when the new quota began.

(Reporting by Sami Ben Ali in Tunis; Editing by Clare Fenwick)
"""


def test_when_of_nothing_the_story_tells_abstains_not_the_lead_day() -> None:
    reply = answered(_OIL, "what time does the tunis football derby kick off sunday")
    assert not reply.answered, reply.text
