"""When, where and who: a month's year read from its own clause's tense, not the sentence's plan."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PACT = """| 15 October 2024, Tuesday |

Tuvalu fish sales to Japan climb

Tuvalu's fish sales to Japan rose 12% in the first nine months of the year, the fisheries office said on Monday.

Trade Minister Pita Alofa said on Monday the government would ask Tokyo next year to widen the fisheries pact between the two countries, which took effect in May, to cover canned tuna.
"""


def test_a_past_clause_after_a_plan_keeps_its_month_in_the_past() -> None:
    # "would ask ... next year ..., which took effect in May": the pact's May is this year's, gone by
    expect(answered(_PACT, "When did the fisheries pact come into force?"), "May 2024")
