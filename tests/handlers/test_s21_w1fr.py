"""Figure questions the bot abstained on although the story states the figure, each kept as a
general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FAIR = """| 5 March 2025, Wednesday |

Portuguese wine makers head to Tokyo

More than 85 Portuguese wineries are exhibiting at the Tokyo Food and Drink Fair, which opened on Tuesday.

Sales of Portuguese wine to Japan rose 6% last year to 41 million euros, the trade group said.
"""


def test_a_winery_is_a_winemaker() -> None:
    expect(answered(_FAIR, "How many Portuguese winemakers are exhibiting in Tokyo?"), "85")

