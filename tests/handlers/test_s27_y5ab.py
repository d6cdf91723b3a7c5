"""Questions the article does not answer, met on this session's sets, each a general rule over a
small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_POWER_DEAL = """| 3 March 2025, Monday |

Chilean copper mine signs $400 million water deal with Aguasur

Minera Cordillera, Chile's third-largest copper mine, has signed a 10-year water supply contract with state-owned utility Aguasur worth about $400 million, the two companies said on Tuesday.

Under the deal, Aguasur will pipe 900 litres a second of desalinated water to the mine from January 2027.

"This contract gives us the water we need to keep growing," Chief Executive Pablo Rojas told reporters in Santiago.

Aguasur spokesperson Carla Vega said the plant would run on solar power.
"""


def test_a_bare_title_after_a_lead_opening_with_another_body_is_not_the_other_partys_post() -> None:
    expect(answered(_POWER_DEAL, "who is aguasur's ceo"), None)

