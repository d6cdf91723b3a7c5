"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_GROWERS = """| 3 March 2025, Monday |

Chile's avocado exports hit record as China cargoes sail

Chile's fresh avocado exports jumped 24% from a year earlier to a record 81,000 tonnes in the first half of the season, growers' association Agrochile said on Tuesday, as shipments to China grew.

The value of the shipments rose 30% to $240 million, Agrochile President Luis Vera told reporters in Santiago.

Huertos del Sur, the country's largest grower, plans to ship 900 containers to Shanghai this season, Chief Executive Ana Rojas said.
"""


def test_which_company_is_the_biggest_grower_is_the_body_described_so() -> None:
    expect(dialog(_GROWERS, "Which company is Chile's biggest avocado grower?", "who runs it"), "Ana Rojas")
