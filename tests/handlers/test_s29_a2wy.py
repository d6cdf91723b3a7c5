"""Why-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ROYALTY = """| 3 March 2025, Monday |

Chile lifts copper royalty as miners report weaker quarter

"We are lifting the top rate because the state should get a fairer share when prices are high, but the rate drops to 5% below $8,000 a tonne so that small miners can survive a downturn," the mining ministry's director said on Monday.

State-owned miner Andes Cobre said on Tuesday its output rose 4% to 310,000 tonnes in the first nine months of the year. Its net profit in the third quarter fell 18% to $420 million due to lower copper grades.
"""


def test_a_purpose_naming_the_asked_thing_is_no_reason_for_its_move() -> None:
    # "so that small miners can survive a downturn" is what the lower rate is for; the miner's profit fell
    # "due to lower copper grades".
    expect(answered(_ROYALTY, "Why did the state miner's quarterly profit drop?"), "lower copper grades")
