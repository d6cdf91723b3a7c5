"""When-questions (dates) met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PELLETS = """| 16 October 2024, Wednesday |

Latvian pellet sales to Japan climb

Latvia's exports of wood pellets to Japan rose 21.5% in the first eight months of the year to 96,000 tonnes, official data showed on Tuesday, as mills hit by weak demand at home look east.

The shipments were worth 18.2 million euros in the January-August period, the Central Statistical Bureau said, lifting Japan's share of Latvia's pellet exports to 6.1%.

A new loading quay at the port of Liepaja is due to open in 2026.
"""


def test_a_span_the_tellers_figures_cover_does_not_date_the_telling() -> None:
    expect(answered(_PELLETS, "When did the Central Statistical Bureau publish the export figures?"), "Tuesday")


_DRY_PORT = """| 20 November 2025, Thursday |

Laos signs port deals with Chinese firms

Companies from the two countries signed 12 agreements on Tuesday at a trade forum in Vientiane.

The largest, a $300 million deal, will expand the Thanaleng dry port so it can handle 1.2 million tonnes of cargo a year by 2029. Construction is due to start in the first half of next year, pending a permit.

The Kunming-Vientiane railway opened in December 2021.
"""


def test_the_next_sentence_dates_the_planned_deed_the_pick_lacks() -> None:
    expect(answered(_DRY_PORT, "When are they supposed to start building at the Thanaleng dry port?"), "first half of next year")
