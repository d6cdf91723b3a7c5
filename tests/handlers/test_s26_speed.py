"""Caches added for speed: each gives what working it out afresh gives, and a store's are
dropped when an article is ingested."""

from __future__ import annotations

from pathlib import Path

from handlers.evidence import _article_bodies_of, _bodies_named_of, _closed_compound_of, _compound_splits
from handlers.query import Term
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def _full_text(store: Store, article_id: str) -> str:
    return "\n".join(p for n in range(store.paragraph_count(article_id) + 1) if (p := store.paragraph(article_id, n)))


def test_bodies_of_a_nation_are_kept_per_article_and_dropped_on_ingest() -> None:
    store = Store.memory()
    first = store.ingest_text((ARTICLES / "india_harvest.txt").read_text(encoding="utf-8")).article.id
    found = _article_bodies_of(store, first, "India")
    assert found == _bodies_named_of(_full_text(store, first), "India")
    assert found  # "the New Delhi-based Centre for Agrarian Studies"
    assert store.__dict__["_rows_memo_bodies_of_nation"] == {(first, "India"): found}
    store.ingest_text((ARTICLES / "brazil_soy.txt").read_text(encoding="utf-8"))
    assert "_rows_memo_bodies_of_nation" not in store.__dict__
    assert _article_bodies_of(store, first, "India") == found


def _closed_compound_as_before(word: str, terms: frozenset[str]) -> bool:
    from knowledge.text import is_known_word
    if len(word) < 4 or not word.isalpha():
        return False
    return any(len(w) >= len(word) + 4 and w.endswith(word) and w.isalpha() and is_known_word(w[: -len(word)])
               for w in terms)


def test_closed_compounds_read_through_the_split_index_as_term_by_term() -> None:
    terms = frozenset({"pipeline", "airport", "railway", "shipyard", "line", "x-ray", "gasline", "heated", "1,443-kilometre"})
    for word in ("line", "port", "way", "yard", "ship", "pipe", "ray", "heat", "lines", "pipeline", "rail", "gas"):
        term = Term(word=word, lemma=word, keys=frozenset({word}), required=True, position=0)
        assert _closed_compound_of(term, terms) == _closed_compound_as_before(word, terms), word
    assert _compound_splits(terms)["line"] == ("pipe",)


def test_kept_patterns_match_as_the_patterns_written_out() -> None:
    import re

    from handlers.evidence import _BODY_NOUNS, _GATHERING_WORD, _body_nation_pattern, _gathering_at_place
    from knowledge.entities import DEMONYMS
    text = "how many chinese firms went to the summit in beijing, and the beijing forum?"
    for key in ("beijing", "shenyang", "st. petersburg"):
        written = rf"\b{re.escape(key)}\s+{_GATHERING_WORD}|{_GATHERING_WORD}\s+(?:in|at)\s+(?:the\s+)?{re.escape(key)}\b"
        assert _gathering_at_place(text, key) == bool(re.search(written, text)), key
    assert _body_nation_pattern("China") is not None and _body_nation_pattern("China").search(text)
    assert _body_nation_pattern("") is None
    adjectives = "|".join(re.escape(d) for d, c in DEMONYMS.items() if c == "China")
    assert _body_nation_pattern("China").pattern == rf"\b(?:{adjectives})(?:[\s-]+[a-z]+)?\s+(?:{_BODY_NOUNS})s?\b"
