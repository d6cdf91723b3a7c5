"""Rules of session x5fr over small made-up stories."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PIPELINE = """| 3 March 2025, Monday |

Work on the Kivu oil pipeline passes halfway

Construction of the 900-km Kivu crude pipeline is now 55% complete, its developer said on Monday.

Malaysia's Petronas owns 58%, the Kenyan state oil firm another 20% and China's Sinopec the remaining 22%.
"""


def test_a_share_owned_is_the_stake_asked_in_a_what_question() -> None:
    # "what stake does X have": a what-question asking a stake, met by "X owns 58%" with no word for it
    expect(answered(_PIPELINE, "what stake does petronas have"), "58")
