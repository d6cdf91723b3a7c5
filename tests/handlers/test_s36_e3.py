"""The 36th session's perf branch e3: the handlers after gathering. Store reads the handlers ask
for question after question are kept per store (and forgotten on a write); question- and
sentence-only tests of a figure ranking are kept per text; a places ranking skips a check that
cannot score for the question. Each fast path is checked against the slow one it stands for."""

from __future__ import annotations

from handlers import figures
from handlers.query import asks_return
from tests.handlers.stories import FIXTURES, stored

_QUESTIONS = (
    "Where did the Putin-Xi meeting happen?", "Where did the first train depart from?",
    "Which city hosted the summit?", "Where was the deal signed?", "Where are the firms based?",
    "Which Russian port will Jilin use?", "In which city was the summit?", "where did they meet",
    "Where were the agreements signed and who attended?", "Which port was the cargo shipped from?",
    "What return did the fund deliver?", "How much will exports reach next year?",
    "How much did same-store sales rise?", "What was the capacity of phase 1?",
    "How many containers did the first train carry?", "What did sales rise by, led by cars?",
)


def _texts(limit: int = 60) -> list[str]:
    """Sentences of the fixture articles, and the questions above."""
    out = list(_QUESTIONS) + ["", "The second phase and Phase II, stage 3, the first unit.",
                              "Sales rose 5%, led by cars, which jumped 9%, and helped by exports."]
    for path in sorted(FIXTURES.glob("*/*.txt"))[:limit]:
        for line in path.read_text(encoding="utf-8").splitlines():
            out.extend(part.strip() + "." for part in line.split(". ") if part.strip())
    return out


def _article(name_index: int) -> str:
    return sorted(FIXTURES.glob("articles/*.txt"))[name_index].read_text(encoding="utf-8")


def test_article_entities_kept_equal_a_fresh_read_and_are_forgotten_on_ingest() -> None:
    store = stored(_article(0))
    article = store.latest_article()
    assert article is not None
    first = store.article_entities(article.id)
    assert first and store.article_entities(article.id) == first
    first.clear()  # the caller's list is its own: the kept rows are not changed
    assert store.article_entities(article.id) == [e for e in store.article_entities() if e.article_id == article.id]
    # another article ingested after a question: its entities are read, and the first's still are
    store.ingest_text(_article(1))
    others = [a for a in store.articles() if a.id != article.id]
    assert others and store.article_entities(others[0].id)
    assert store.article_entities(others[0].id) == [e for e in store.article_entities() if e.article_id == others[0].id]


def test_latest_article_kept_follows_a_newer_article_ingested_after() -> None:
    store = stored(_article(0))
    before = store.latest_article()
    assert before is not None and store.latest_article() == before
    store.ingest_text(_article(1))
    row = store.conn.execute("SELECT id FROM articles ORDER BY date DESC, id LIMIT 1").fetchone()
    latest = store.latest_article()
    assert latest is not None and latest.id == row[0]


def test_kept_text_tests_of_the_figure_ranking_agree_with_the_patterns() -> None:
    seen = 0
    for text in _texts():
        assert figures._stages_kept(text) == tuple(figures.stages_named(text))
        assert figures._driver_spans(text) == tuple(m.span() for m in figures._DRIVER_PHRASE.finditer(text))
        assert figures._like_for_like_in(text) == bool(figures.LIKE_FOR_LIKE.search(text))
        assert figures._asks_ahead(text) == bool(figures._ASKS_AHEAD.search(text))
        assert figures._asks_done(text) == bool(figures._ASKS_DONE.search(text))
        assert figures._asks_return(text) == asks_return(text)
        seen += bool(figures._driver_spans(text)) + bool(figures._stages_kept(text))
    assert seen > 3  # the texts hold some of each
