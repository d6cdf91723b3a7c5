"""Figures of another measure than asked: an amount counted in the unit a rate is asked per, and
a price owned by the goods' nation of origin."""

from __future__ import annotations

from handlers import answer
from knowledge.store import Store

_DAIRY = """| 5 November 2025, Wednesday |

Dairy cooperative keeps collections forecast

Riverbank Dairy kept its forecast for full-season collections at 1.51 billion kg of milk solids.

It collected 612 million kg of milk solids in the first five months of the season.
"""

_POTASH = """| 5 November 2025, Friday |

Chinese buyers sign potash contract

Zhongnong Fertiliser and Huabei Agricultural on Friday agreed to buy a combined 3.2 million tonnes of Belarusian potash for delivery over the whole of next year under a new long-term supply contract at $348 a tonne, the seller said.
"""


def _store(article: str) -> Store:
    store = Store.memory()
    store.ingest_text(article)
    store.optimize()
    return store


def test_an_amount_in_the_unit_is_no_figure_per_that_unit() -> None:
    reply = answer("whats the new payout forecast per kg of milk solids", _store(_DAIRY))
    assert "1.51" not in reply.text and "612" not in reply.text


def test_a_nation_written_as_the_goods_origin_owns_no_price_after_them() -> None:
    reply = answer("What price did the Chinese importers agree to pay per tonne?", _store(_POTASH))
    assert reply.answered and "348" in reply.text
