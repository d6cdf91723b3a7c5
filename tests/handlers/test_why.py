"""Why: the reason the article gives for the very move asked, of the one asked."""

from __future__ import annotations

import pytest

from handlers import answer
from knowledge.store import Store
from tests.handlers.stories import stored

_MERGER = """| 18 November 2025, Tuesday |

Rheinmark and Valmeuse agree steel merger

German steelmaker Rheinmark Stahl AG and Belgium's Valmeuse Acier SA agreed on Tuesday to combine in an all-share deal that would create Europe's second-largest steel producer, as the region's mills struggle with cheap Asian imports and weak demand.

Valmeuse shares jumped 15.1% to 21.29 euros in Brussels, while Rheinmark shares fell 3.8% to 25.01 euros in Frankfurt as some investors questioned the cost of the integration.
"""


@pytest.mark.parametrize("article", [_MERGER, "steel_merger"])
def test_the_reason_right_after_the_move_of_the_one_asked(article: str) -> None:
    store = stored(article)  # the small story, and the whole one it comes from, where more sentences name Rheinmark
    result = answer("why did rheinmark stock drop", store)
    assert result.answered and "questioned the cost of the integration" in result.text, result.text


def test_spending_less_asks_why_it_fell() -> None:
    store = Store.memory()
    store.ingest_text("""| 1 October 2025, Wednesday |

South Korea's exports jump 9.4%

South Korea's exports rose 9.4% in September from a year earlier to $63.82 billion.

Energy imports fell 11.6% to $10.38 billion as global oil prices eased, with crude oil imports dropping to 82.4 million barrels.

Imports of chipmaking equipment rose 22.3% to $1.64 billion, mostly from Japan and the Netherlands.
""")
    result = answer("Why is Korea spending less on energy imports?", store)
    assert result.answered and "global oil prices eased" in result.text, result.text


@pytest.mark.parametrize("article", ["ng_naira", "rice_exports"])
def test_the_reason_given_for_the_thing_that_moved(article: str) -> None:
    # "She said reserves had declined mainly due to lower oil receipts" sits fourth among the
    # sentences about reserves; "India's rice exports ... fell 14.5% ..., as buyers ... switched to
    # cheaper grain" explains the exports, "India's share ... could shrink ... due to" a share
    question, expected = {
        "ng_naira": ("why are the reserves going down", "lower oil receipts"),
        "rice_exports": ("why are indian rice exports down", "cheaper grain"),
    }[article]
    store = stored(article)
    result = answer(question, store)
    assert result.answered and expected in result.text, result.text


def test_late_flights_are_on_time_performance_falling() -> None:
    store = Store.memory()
    store.ingest_text("""| 14 October 2025, Tuesday |

SkyLaju orders 60 Airbus jets

Malaysian budget carrier SkyLaju Airways on Tuesday ordered up to 60 Airbus A321neo jets, betting that demand for cheap flights will keep growing.

The regulator last month ordered SkyLaju to submit a recovery plan after its on-time performance fell to 61% in September, due to crew shortages and the engine groundings.
""")
    result = answer("Why were so many SkyLaju flights late?", store)
    assert result.answered and "crew shortages" in result.text, result.text
