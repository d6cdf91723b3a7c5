"""Performance branch a2 (gathering candidates): a pool handed out the first time a query is
gathered, the ones gathered again and the ones read from the kept pool all agree; none shares what
its reader may change with a later one; the when-handler's rankings read the question's news test
as worked out once."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cli
from bot.evaluate import load_questions
from handlers import when
from handlers.context import Ask, Conversation
from handlers.evidence import Evidence, Pool, gather
from handlers.query import parse_query
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
_QUESTIONS = [
    "How many containers went to China?",
    "When did the Shenyang freight hub start operating?",
    "When was the agreement announced?",
    "When did Xi talk about Heilongjiang?",
    "How much did trade between China and Russia grow?",
    "What was China-Russia trade in October?",
    "Which port can Jilin use?",
    "Who met Putin last week?",
]


def _seed() -> Store:
    store = Store.memory()
    store.ingest_text(cli.bundled_article(), path="(bundled)")
    return store


@pytest.fixture(scope="module")
def bundled() -> Store:
    return _seed()


def _questions() -> list[str]:
    asked = list(_QUESTIONS)
    if DEV.exists():
        for item in load_questions(DEV)["questions"]:
            asked += [str(q) for q in (item.get("turns") or [item["q"]])]
    return asked


def _image(pool: Pool) -> list[tuple[object, ...]]:
    return [(e.sentence.id, e.score, e.coverage, tuple(e.matched), tuple(e.missing), tuple(e.mentions), tuple(e.figures),
             tuple(e.times), e.entity_hits, tuple(e.conflicts), tuple(sorted(e.weights.items()))) for e in pool.evidence]


def _spoil(pool: Pool) -> None:
    """What a careless reader might do to the pool it was given."""
    for e in pool.evidence:
        for items in (e.matched, e.missing, e.mentions, e.figures, e.times, e.conflicts):
            items.clear()
        e.conflicts.append("spoilt")
        e.weights["spoilt"] = 1.0
        e.score = -99.0
    pool.entities.clear()


def test_a_first_gather_gives_what_gathering_again_and_the_kept_pool_give() -> None:
    store = _seed()
    checked = 0
    for question in _questions():
        pools = [gather(parse_query(question, store), store) for _ in range(3)]  # first, again (kept), read from the kept
        images = [_image(p) for p in pools]
        assert images[0] == images[1] == images[2], question
        assert [sorted(p.entities) for p in pools[1:]] == [sorted(pools[0].entities)] * 2, question
        checked += len(images[0])
    assert checked > 100


def test_a_pool_changed_by_its_reader_changes_no_later_gather() -> None:
    fresh, spoilt = _seed(), _seed()
    for question in _questions():
        want = [_image(gather(parse_query(question, fresh), fresh)) for _ in range(3)]
        for i in range(3):
            pool = gather(parse_query(question, spoilt), spoilt)
            assert _image(pool) == want[i], (question, i)
            _spoil(pool)


def test_the_first_gather_of_a_question_after_a_write_finds_the_new_article() -> None:
    store = _seed()
    question = "How many tonnes of cardamom did Guatemala ship to Saudi Arabia?"
    before = gather(parse_query(question, store), store)
    assert not any("cardamom" in e.sentence.text for e in before.accepted)
    store.ingest_text("Guatemala cardamom exports\n\nGuatemala shipped 12,400 tonnes of cardamom to Saudi Arabia in 2024, "
                      "the exporters' association said on Monday.\n", path="(cardamom)")
    after = gather(parse_query(question, store), store)
    assert any("12,400 tonnes" in e.sentence.text for e in after.evidence)


def _ask(store: Store, question: str) -> Ask:
    query = parse_query(question, store)
    return Ask(question, store, Conversation(), query, gather(query, store))


def test_rank_times_given_the_news_test_ranks_as_working_it_out_itself(bundled: Store) -> None:
    ranked = 0
    for question in _questions():
        ask = _ask(bundled, question)
        evidence = [ev for ev in ask.pool.evidence if ev.times][:8]
        news = when._asks_news_date(ask)
        assert when.rank_times(ask, evidence, news) == when.rank_times(ask, evidence), question
        ranked += len(evidence)
    assert ranked > 20


def test_the_news_test_is_the_one_rank_times_would_work_out(bundled: Store) -> None:
    told = {question: when._asks_news_date(_ask(bundled, question)) for question in _QUESTIONS if question.startswith("When")}
    assert told["When was the agreement announced?"] is True
    assert told["When did the Shenyang freight hub start operating?"] is False


def _fixture_stores() -> list[Store]:
    stores = [_seed()]
    for path in [*sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")), *sorted((ROOT / "tests" / "fixtures" / "validation").glob("*.txt"))[:30]]:
        store = Store.memory()
        store.ingest_text(path.read_text(), path=str(path))
        stores.append(store)
    return stores


def test_time_cues_agree_with_searching_the_words_around_each_time() -> None:
    checked = set()
    for store in _fixture_stores():
        sentences = {sid: s for sid, s in store.sentences(i for (i,) in store.conn.execute("SELECT id FROM sentences")).items()}
        for t in store.times_in(sentences):
            text = sentences[t.sentence_id].text
            cues = when.time_cues(store, text, t)
            assert cues == when._time_cues(text, t)
            assert cues.superlative_scope == bool(when._SUPERLATIVE_SCOPE.search(text, max(0, t.start - 90), t.start))
            assert cues.ongoing_before == bool(when._ONGOING_BEFORE.search(text, max(0, t.start - 40), t.start))
            assert cues.baseline_before == bool(when._BASELINE_BEFORE.search(text, max(0, t.start - 40), t.start))
            assert cues.until_before == bool(when._UNTIL_BEFORE.search(text, max(0, t.start - 30), t.start))
            assert cues.delayed_before == bool(when._DELAYED_BEFORE.search(text, max(0, t.start - 30), t.start))
            assert cues.reporting == when.reporting_time(text, t)
            checked.add(cues)
    assert len(checked) > 4  # cues of several kinds were met, not only all-False


def test_time_cues_are_kept_per_store_and_made_again_after_a_write() -> None:
    from handlers import prepare
    store = _seed()
    prepare(store)
    kept = store._memo_cache("time_cues")
    assert kept and all(isinstance(v, when.TimeCues) for v in kept.values())  # prepare worked them out
    store.ingest_text("Port news\n\nThe port handled 3.2 million containers in October, its busiest month since March, "
                      "officials said on Tuesday.\n", path="(port)")
    assert not store._memo_cache("time_cues")  # a write cleared them
    sid = max(i for (i,) in store.conn.execute("SELECT id FROM sentences"))
    text = store.sentences([sid])[sid].text
    for t in store.times_in([sid]):
        assert when.time_cues(store, text, t) == when._time_cues(text, t)
