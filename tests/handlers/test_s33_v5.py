"""Session 33, perf branch v5: the handlers after gather, with per-sentence facts worked out once.

Each fast path is checked against the slow one it replaces, on every sentence (and every figure,
time and mention) of the seed article and of fixture articles, for the questions of a seed file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from handlers import Conversation, answer, prepare
from handlers import evidence as ev
from handlers.prepare import _prepare_token_indexes
from knowledge.store import Store
from knowledge.text import tokenize

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))[:6]
PARAPHRASES = ROOT / "tests" / "fixtures" / "eval" / "seed_paraphrases.yaml"


def _store(*texts: str) -> Store:
    store = Store.memory()
    for text in texts:
        store.ingest_text(text)
    return store


def _sentences(store: Store) -> list[tuple[int, str]]:
    return list(store.conn.execute("SELECT id, text FROM sentences ORDER BY id"))


def _questions() -> list[str]:
    items = yaml.safe_load(PARAPHRASES.read_text(encoding="utf-8"))["questions"]
    return [str(t) for item in items for t in (item.get("turns") or [item["q"]])]


def test_prepared_token_indexes_equal_the_ones_built_lazily() -> None:
    store = _store(SEED, *(p.read_text(encoding="utf-8") for p in ARTICLES))
    ev._token_index.cache_clear()
    _prepare_token_indexes(store)
    prepared = {key: ev._token_index(*key) for key in _keys_of(store)}
    ev._token_index.cache_clear()
    for key, index in prepared.items():
        assert ev._token_index.__wrapped__(*key) == index


def _keys_of(store: Store) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    keys = []
    for sid, text in _sentences(store):
        keys.append((text, ()))
        keys += [(text, ev._asides_around(text, f.start, f.end)) for f in store.figures_in([sid])]
    return keys


def test_prepare_fills_the_token_indexes_of_the_figures_asides_too() -> None:
    store = _store(SEED)
    ev._token_index.cache_clear()
    prepare(store)
    before = ev._token_index.cache_info()
    for key in _keys_of(store):
        ev._token_index(*key)
    after = ev._token_index.cache_info()
    assert after.misses == before.misses and after.hits > before.hits


def test_token_indexes_prepared_stay_within_their_bound() -> None:
    store = _store(SEED, *(p.read_text(encoding="utf-8") for p in ARTICLES))
    ev._token_index.cache_clear()
    _prepare_token_indexes(store, limit=5)
    assert ev._token_index.cache_info().currsize == 5


_TRAM = """| 3 March 2025, Monday |

Coastal tram draws record riders

The Northport-Southbay coastal tram carried 4.2 million passengers in the first half of the year, up 12% from a year earlier, operator Coastline Transit said on Monday.

The 38-km line opened three years ago and cuts the trip between the two towns to 40 minutes.
"""


def test_an_article_ingested_after_prepare_is_still_found() -> None:
    store = _store(SEED)
    prepare(store)
    answer("How much did Liaoning's outbound shipments to Russia increase?", store, Conversation())
    store.ingest_text(_TRAM)
    got = answer("How many passengers did the coastal tram carry?", store, Conversation())
    assert got.answered and "4.2 million" in got.text
    assert any("tram" in c.quote for c in got.citations)
