"""A clause answer cut from mid-sentence starts at what its link led to, not on the link."""

from __future__ import annotations

from tests.handlers.stories import answered

_POWER = """| 3 March 2025, Monday |

Hydropower lifts exports

Electricity is already the country's biggest export. Earnings from power sales to India climbed 18% year on year to 21.4 billion ngultrum in the January-September period, or about 63% of the country's total exports, the statistics bureau said last month.
"""


def test_a_clause_cut_after_or_starts_on_the_figure() -> None:
    reply = answered(_POWER, "what pct of the country's total exports is electricity")
    assert "63%" in reply.text
    assert not reply.text.startswith("Or ")
