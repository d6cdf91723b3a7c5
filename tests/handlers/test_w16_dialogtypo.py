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
