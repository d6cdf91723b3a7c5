"""Why: the reason a sentence gives, however it words it, and the why asked however it is put."""

from __future__ import annotations

from tests.handlers.stories import answered

_CARS = """| 20 November 2025, Thursday |

Japan's car exports to the U.S. slide in October

Car exports to the United States slid 9.6% in value and 4.8% in volume in October.

"Carmakers are absorbing much of the tariff by cutting their export prices, which is why the value of car shipments is falling twice as fast as the volume," said an economist at a Tokyo brokerage.
"""


def test_which_is_why_gives_the_reason_before_it() -> None:
    result = answered(_CARS, "Why is the value of car exports falling faster than the volume?")
    assert result.answered and "cutting their export prices" in result.text, result.text
    assert "twice as fast" not in result.text, result.text
