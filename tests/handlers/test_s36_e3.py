"""The 36th session's perf branch e3: the handlers after gathering. Store reads the handlers ask
for question after question are kept per store (and forgotten on a write); question- and
sentence-only tests of a figure ranking are kept per text; a places ranking skips a check that
cannot score for the question. Each fast path is checked against the slow one it stands for."""

from __future__ import annotations

import re

from handlers import derived, figures, places
from handlers.evidence import gather
from handlers.query import asks_return, parse_query
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


def test_act_asked_false_means_act_placed_scores_no_mention() -> None:
    store = stored(_article(0))
    checked = skipped = 0
    for question in _QUESTIONS:
        query = parse_query(question, store)
        asked = places._act_asked(query)
        for ev in gather(query, store).evidence:
            for mention, _ in ev.mentions:
                score = places._act_placed(query, ev.sentence.text, mention)
                checked += 1
                if not asked:
                    skipped += 1
                    assert score == 0.0, (question, ev.sentence.text)
    assert checked > 50 and skipped > 10


def test_act_asked_true_for_a_past_verb_or_a_departure() -> None:
    store = stored(_article(0))
    assert places._act_asked(parse_query("Where was the deal signed?", store))
    assert not places._act_asked(parse_query("Which Russian port will Jilin use?", store))
    assert re.fullmatch(r"[a-z]+ed", "signed")


def _question_texts(limit: int = 4000) -> list[str]:
    """The questions of the fixture question files (first turns and follow-ups), and some made up."""
    out = ["How many weren't Chinese?", "how many werent chinese", "How many WERENT Chinese?", "which ones didnt go by rail",
           "how much isnt covered by the EBRD?", "How much won't be paid for by the state?", "how much wont be funded by KfW",
           "how many non-Chinese workers", "other than Najd, which firms?", "How many were not from India?",
           "how many months", "what percent", "How many enterprises?", "never paid for by the bank", "dont go via the port"]
    for path in sorted((FIXTURES / "eval").glob("*.yaml")) + sorted((FIXTURES / "validation").glob("*.yaml"))[:200]:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip().lstrip("- ").strip()
            if line.startswith(("q:", "turns:")):
                line = line.split(":", 1)[1]
            out.append(line.strip().strip("'\""))
    return out[:limit]


def test_not_asked_guards_find_what_the_unguarded_patterns_find() -> None:
    found = 0
    for text in _question_texts():
        for guarded, pattern in ((derived._NOT_ASKED_GUARDED, derived._NOT_ASKED), (derived._NOT_PAID_BY_GUARDED, derived._NOT_PAID_BY)):
            fast, slow = guarded.search(text), pattern.search(text)
            assert (fast and fast.span()) == (slow and slow.span()), text
            found += slow is not None
    assert found > 10


def test_a_sentence_with_no_share_after_its_first_figure_gives_part_of_them_no_share() -> None:
    store = stored(_article(0))
    checked = 0
    for question in _QUESTIONS + ("How many of them were Chinese?", "how many brazilian farmers", "how many of the workers are local"):
        query = parse_query(question, store)
        for ev in gather(query, store).evidence:
            if any(f.kind == "percent" for f in ev.figures[1:]):
                continue
            for keys in (frozenset({"chinese"}), frozenset({"brazilian", "brazil"}), frozenset({"local", "worker"}), query.count_keys):
                found = derived._part_and_whole(ev, frozenset(keys))
                assert found is None or found[0].kind != "percent"
                checked += 1
    assert checked > 20


def test_specificity_kept_per_name_and_roles_equals_working_it_out() -> None:
    store = stored(_article(0))
    for i in (1, 2, 3):
        store.ingest_text(_article(i))
    entities = [e for e in store.article_entities() if e.kind == "place"]
    assert len(entities) > 10
    levels = set()
    for e in entities:
        level = places._specificity(e)
        assert level == places._specificity_of.__wrapped__(e.name, e.roles)
        # the same name and roles under another id (another store's row) is as specific
        assert places._specificity(type(e)(e.id + 10_000, "other", e.name, e.kind, e.aliases, e.roles)) == level
        levels.add(level)
    assert len(levels) >= 2
