"""What / which / how and yes-no answers: general rules met on this session's held-out sets, each
over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_URGED = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals in Almaty

Kazakhstan has urged faster customs clearance with China and closer energy cooperation despite disapproval from Moscow, the ministry said on Monday.

Wheat exports to China rose 12% in January to 310,000 tonnes.
"""


def test_pushing_a_cause_is_urging_it() -> None:
    expect(answered(_URGED, "what has astana been pushing with beijing despite objections from moscow"), "customs clearance")

