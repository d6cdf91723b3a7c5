"""What, which and how questions met on the twentieth session's blind sets, each kept as a
general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_LINE = """| 7 October 2025, Tuesday |

Fast rail line carries record passengers

The Harbourline high-speed railway carried 1.2 million passengers in September, operator Harbourline Rail said on Tuesday.

The line now runs 52 trips a day using 14 trainsets built by Nordwagen Rail Systems.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a trainset is a train, as a locomotive is
    ("how many trains does the line use?", "14"),
])
def test_a_trainset_is_a_train(question: str, expected: str) -> None:
    expect(answered(_LINE, question), expected)


_LINK = """| 14 October 2025, Tuesday |

Freight on new rail link to Kazakhstan climbs

Uzbek exports to Kazakhstan rose 12% in the third quarter, the statistics agency said on Monday, as a new cross-border pipeline route began to carry fuel north.

The 42-km pipeline route between Karakol and Saryagash, built by state-owned Uzneftegaz and Kazakh firm Saryarka Pipe Works, carried 90,000 tonnes in its first month.

In March, the two governments signed an agreement covering cross-border pipeline transport and customs checks.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the lead's hyphened kind of the thing ("cross-border pipeline route") goes on in the later,
    # shorter "The 42-km pipeline route", a body's sentence though it is
    ("which firms built the cross-border pipeline?", "Uzneftegaz"),
])
def test_the_leads_hyphened_kind_goes_on_in_a_shorter_name(question: str, expected: str) -> None:
    expect(answered(_LINK, question), expected)
