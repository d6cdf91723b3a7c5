"""Dialog follow-ups and shorthand questions met on the sixteenth session's blind sets, each kept
as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_PORT = """| 22 October 2024, Tuesday |

Border port busier as trade grows

The Sandvik dry port handled 152,000 containers in January to September, 9.3% more than a year earlier, its operator said on Friday.

Shares in the operator rose 2.1% on Monday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much were containers at sandvik up from a year earlier?", "9.3"),
    ("how much were containers at sandvik up on last year?", "9.3"),
    ("how many fewer containers did sandvik handle than a year earlier?", None),  # it handled more
])
def test_a_share_more_than_a_past_period_is_a_rise_and_up_on_last_year_its_base(question: str, expected: str | None) -> None:
    expect(answered(_PORT, question), expected)


def test_up_on_last_year_follows_on_a_count() -> None:
    expect(dialog(_PORT, "how many containers did sandvik handle this year?", "and how much was that up on last year?"), "9.3")


_DEAL = """| 21 October 2024, Monday |

Kazakh wheat exports to China surge

Kazakh and Chinese companies signed a deal on Monday to build a grain terminal at the Tarsk dry port, the ministry said.

The agreement between Steppe Grain and Lanzhou Logistics is worth 96 billion tenge ($197 million), the minister told reporters.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what is the terminal agreement worth in us dollars?", "197"),
    ("how much is the tarsk terminal deal worth", "96"),
])
def test_a_paragraph_opening_on_the_thing_the_lead_told_of_carries_that_telling(question: str, expected: str | None) -> None:
    expect(answered(_DEAL, question), expected)
