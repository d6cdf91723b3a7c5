"""Unanswerable near misses that must abstain: the answer is about the right thing but not what
was asked (another measure, period, currency or kind of answer)."""

from __future__ import annotations

from tests.handlers.stories import answered

_RAIL = """| 20 November 2025, Thursday |

Laos rail freight hits record

Freight carried on the Laos-China Railway hit a record 4.86 million tonnes in the first 10 months of 2025, up 23.4% from a year earlier, the line's operator said on Wednesday.
"""


def test_an_amount_in_tonnes_counts_no_passengers() -> None:
    result = answered(_RAIL, "how many passengers has the train carried this year")
    assert not result.answered, result.text


def test_an_amount_in_tonnes_still_answers_how_many_tonnes() -> None:
    result = answered(_RAIL, "how many tonnes has the railway carried this year")
    assert result.answered and "4.86 million" in result.text, result.text
