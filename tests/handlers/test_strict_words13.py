"""Words a paraphrase never drops: an ordinal asked ("the second train") and the end of a thing
asked when ("when did the strike end?" is not when it began)."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_LINE = """| 10 June 2024, Monday |

New rail freight line opens between Almaty and Urumqi

In April, a new freight line between Almaty and Urumqi opened, with a first train carrying 48 containers.

Dock workers at the Almaty terminal began a strike in March over pay, the union said.

The government will decide by July 1 whether to end the fuel subsidy early, the ministry said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many containers did the first train carry", "48"),
    ("how many containers did the second train carry", None),  # only the first is counted
    ("how many containers did the 3rd train carry", None),
    ("when did the strike begin", "March"),
    ("when did the strike end", None),  # it began in March; no end is told
    ("by when will the government decide whether to end the subsidy", "July 1"),  # "end" in a clause asked of
])
def test_an_ordinal_or_an_end_asked_must_be_said(question: str, expected: str | None) -> None:
    expect(answered(_LINE, question), expected)
