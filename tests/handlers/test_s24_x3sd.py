"""Rules from the bundled article's blind sets, each kept general over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TIES = """| 4 April 2025, Friday |

Kenya deepens mining ties with Chinese firms

Kenya has pushed for deeper mining cooperation with Chinese companies despite disapproval from Washington, the energy ministry said on Thursday.

The agreements cover critical minerals such as cobalt and lithium, officials said.
"""


def test_critical_of_is_disapproval() -> None:
    # "critical of" only with its "of": "critical minerals" is no disapproval
    expect(answered(_TIES, "who is critical of kenya getting closer to china?"), "Washington")
    expect(answered(_TIES, "who's been critical of kenya's closer mining ties with china?"), "Washington")
