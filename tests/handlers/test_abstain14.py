"""Unanswerable near misses that must abstain: a post at another body, another period, the other
direction of a flow, another measure, a forecast for the actual."""

from __future__ import annotations

from tests.handlers.stories import answered

_DEAL = """| 22 October 2025, Wednesday |

Wind deal signed at Almaty forum

The largest agreement, worth $1.2 billion, was signed by Kazakh power producer Steppe Energy and China's Tianshan Green Power Group to build a wind farm. Construction is due to start next year, Steppe Energy chief executive Aigerim Nurlanova said.
"""


def test_a_post_at_another_body_is_not_the_post_asked() -> None:
    result = answered(_DEAL, "Who is the CEO of Tianshan Green Power?")
    assert not result.answered, result.text


def test_the_post_at_the_body_asked_still_answers() -> None:
    result = answered(_DEAL, "Who is the CEO of Steppe Energy?")
    assert result.answered and "Nurlanova" in result.text, result.text
