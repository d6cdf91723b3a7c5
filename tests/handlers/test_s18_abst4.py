"""Abstentions kept as general rules over small stories: a gathering asked by its place is held there."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The fair in Almaty, the largest city of Kazakhstan, follows a meeting between the two countries' prime ministers last week in Astana. The event was attended by Chinese officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the Chinese market.

The tenge traded at 510 per dollar on Monday.
"""


@pytest.mark.parametrize("question", [
    "how many kazakh companies went to the astana meeting",
    "how many kazakh companies attended the astana meeting",
    "how many kazakh companies were at the meeting in astana",
])
def test_a_gathering_asked_by_another_place_is_not_told(question: str) -> None:
    assert not answered(_FAIR, question).answered


@pytest.mark.parametrize("question", [
    "how many kazakh companies went to the almaty fair",
    "how many kazakh companies were at the kazakhstan fair",
])
def test_a_gathering_asked_by_its_own_place_is_told(question: str) -> None:
    expect(answered(_FAIR, question), "600")
