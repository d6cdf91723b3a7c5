"""Rules from the bundled article's blind sets, each kept general over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TIES = """| 4 April 2025, Friday |

Kenya deepens mining ties with Chinese firms

Kenya has urged deeper mining cooperation with China despite disapproval from the West after the election last year.

The agreements cover critical minerals such as cobalt and lithium, officials said.
"""


def test_critical_of_is_disapproval() -> None:
    # "critical of" only with its "of": "critical minerals" is no disapproval
    expect(answered(_TIES, "who is critical of kenya getting closer to china?"), "West")
    expect(answered(_TIES, "who's been critical of kenya's closer mining ties with china?"), "West")


def test_how_one_sees_or_views_a_thing_is_a_stance() -> None:
    # the capitals stand for their nations; "see" and "view" ask the stance the West takes
    expect(answered(_TIES, "how does the west see nairobi's push for closer beijing ties"), "disapproval")
    expect(answered(_TIES, "how does the west view nairobi's push for closer beijing ties"), "disapproval")
