"""Figure questions met on wave l1's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_PHASES = """| 3 March 2025, Monday |

Port operator signs deal for new container terminal

The terminal's first phase, due to open in 2027, will handle 800,000 containers a year, rising to 2 million containers annually once a second phase is finished by 2031, the operator said.

The operator said the project would cost $900 million.
"""


def test_a_numbered_phase_asked_takes_the_figure_told_of_that_phase() -> None:
    first = answered(_PHASES, "whats the annual capacity of phase 1")
    expect(first, "800,000")
    assert "2 million" not in first.text  # the second phase's, though "annually" sits beside it
    expect(answered(_PHASES, "how many containers a year will the first phase handle"), "800,000")
    reply = answered(_PHASES, "whats the annual capacity of phase 2")
    expect(reply, "2 million")


def test_the_number_of_a_phase_is_no_figure_to_find() -> None:
    assert parse_query("whats the annual capacity of phase 1", stored(_PHASES)).numbers == []


_SPAN = """| 21 November 2024, Thursday |

Garment exports climb as orders return

Exports of garments rose 14.6% in the first ten months of the year from a year earlier to $9.87 billion, the commerce ministry said on Wednesday.

Shipments to the United States jumped 17.2% year-on-year to $3.41 billion, while exports to the EU grew 11.8% to $2.65 billion.
"""


def test_a_basis_stated_does_not_keep_a_sentence_from_its_paragraphs_running_span() -> None:
    expect(answered(_SPAN, "What were garment shipments to the US worth so far this year?"), "3.41")
