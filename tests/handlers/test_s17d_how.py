"""How a move was made: the means the article gives as its cause."""

from __future__ import annotations

import handlers
from knowledge.store import Store

_ARTICLE = """Ruritania's tea exports jump 20% in first half

Ruritania's tea exports rose 20% in the first half of the year to 41,000 tonnes, the tea board said on Monday.

Exports to Egypt, the second-largest market, rose to 9,200 tonnes, up from 7,100 tonnes a year earlier, while Pakistan bought 8,800 tonnes, led by Karachi blenders.

Shipments to Egypt have been helped by a new shipping line that calls at Port Said every week, the board's chairman said.
"""


def _store() -> Store:
    store = Store.memory()
    store.ingest_text(_ARTICLE)
    return store


def test_how_a_move_was_made_answers_with_its_means() -> None:
    answer = handlers.answer("How have exports to Egypt been boosted?", _store())
    assert answer.answered
    assert "shipping line" in answer.text.lower()


_ROUTE_ARTICLE = """Ruritania opens river route to the coast

Officials said the inland province of Valmora would be able to use the river port of Ostrava to ship grain to the coastal city of Brenn from May, cutting costs and travel time for Valmora farmers.
"""


def test_how_with_a_manner_needs_no_manner_word() -> None:
    store = Store.memory()
    store.ingest_text(_ROUTE_ARTICLE)
    answer = handlers.answer("how will valmora grain get to brenn more cheaply", store)
    assert answer.answered
    assert "ostrava" in answer.text.lower()


_BAN_ARTICLE = """Ruritanian cheese exports to Borduria jump after ban lifted

Ruritanian cheese exports to Borduria jumped to 900 tonnes in March, dairy figures showed, as makers raced to rebuild sales after Borduria lifted a three-year ban on Ruritanian cheese.

Of the 12 licensed Ruritanian cheese exporters, 9 have resumed direct sales to Borduria, while shipments to Syldavia - which had been used to re-route cheese into Borduria during the ban - fell 60%.
"""


def test_how_goods_got_in_prefers_the_sentence_naming_the_way() -> None:
    store = Store.memory()
    store.ingest_text(_BAN_ARTICLE)
    answer = handlers.answer("How was Ruritanian cheese getting into Borduria during the ban?", store)
    assert answer.answered
    assert "syldavia" in answer.text.lower()
