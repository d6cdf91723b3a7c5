"""Phone-typed and everyday-worded questions over a short story: an event asked at a wrong date,
shorthand, paraphrased verbs and nouns."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Estonian port opens new grain terminal as exports climb

In January, a new grain terminal was put into operation at the port of Muuga, with a ship carrying 30,000 tonnes of wheat leaving for Egypt to mark the opening.

Estonia's grain exports rose 14% in February from a year earlier to 210,000 tonnes, the farm ministry said on Monday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Was the Muuga grain terminal launched in May?", "No, in January"),
    ("Was the Muuga grain terminal launched in January?", "Yes"),
    ("Did grain exports rise in May?", None),  # February's rise says nothing of May's
])
def test_an_event_asked_at_another_date_is_a_no(question: str, expected: str | None) -> None:
    expect(answered(_PORT, question), expected)
