"""The 34th session's perf branch y1: work kept per store instead of redone per question, and
handlers that decline before their costly work. Each fast path is checked against the slow one."""

from __future__ import annotations

from handlers import Conversation, answer, prepare
from handlers.answering import _JOINED_BY, _focus, _focuses, _sentence_focus
from handlers.context import Ask
from handlers.evidence import ASKS_TOTAL, HOME_SUFFIX, gather, listed_together, named_by
from handlers.models import Answer
from handlers.query import parse_query
from tests.handlers.stories import story, stored

_ARTICLES = ("brazil_soy", "mining_deal", "ae_forum", "ar_grain", "ao_lobito")
_QUESTIONS = ("where is the port", "who said that", "how much did exports rise", "which company signed the deal",
              "what did the minister say", "where are the mines")


def _focuses_reference(ask: Ask, result: Answer, mentions: list, best_text: str) -> tuple:
    """_focuses as it was before its per-sentence part was kept per store (the slow path)."""
    asked = set(ask.query.entity_keys)
    text = result.text.lower()
    named: tuple[list, list] = ([], [])
    places = sorted((m for m, e in mentions if e.kind == "place"), key=lambda m: m.start)
    runs: list[list] = []
    for a, b in zip(places, places[1:]):
        if listed_together(best_text, a, b):
            if runs and runs[-1][-1] is a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
    listed = {id(m) for run in runs if _JOINED_BY.search(best_text, run[-2].end, run[-1].start) for m in run}
    homes = {id(m) for m, e in mentions if e.kind == "place" and HOME_SUFFIX.match(best_text, m.end)}
    if homes and any(id(m) not in homes and e.kind != "place" and e.name.lower() in text for m, e in mentions):
        listed |= homes
    for m, e in mentions:
        if id(m) in listed:
            continue
        at = min((i for n in (e.name, *(a for a in e.aliases if len(a) >= 4)) if (i := text.find(n.lower())) >= 0), default=-1)
        if at >= 0 and not named_by(e, asked):
            named[e.kind == "person"].append((at, e))
    return _focus(ask, named[False], person=False), _focus(ask, named[True], person=True)


def _answer_texts(ev) -> list[str]:
    """Answer texts of every kind _focuses meets: the sentence, a piece of it, each name alone."""
    text = ev.sentence.text
    return [text, text[: len(text) // 2], text[len(text) // 2 :], "", *(e.name for _, e in ev.mentions),
            *(f"{e.name} and more" for _, e in ev.mentions if e.kind != "place")]


def test_focuses_kept_per_sentence_agree_with_the_slow_path_on_many_sentences() -> None:
    checked = 0
    for article in _ARTICLES:
        store = stored(article)
        prepare(store)
        for question in _QUESTIONS:
            query = parse_query(question, store)
            pool = gather(query, store)
            ask = Ask(question, store, Conversation(), query, pool)
            for ev in pool.evidence:
                for text in _answer_texts(ev):
                    result = Answer(question=question, answered=True, intent="where", text=text, confidence=1.0)
                    # twice: the first fills the kept part, the second reads it
                    for _ in range(2):
                        got = _focuses(ask, result, ev.mentions, ev.sentence.text, ev.sentence.id)
                        assert got == _focuses_reference(ask, result, ev.mentions, ev.sentence.text)
                    checked += 1
    assert checked > 200


def test_a_sentence_focus_kept_for_other_mentions_is_not_used() -> None:
    store = stored("ae_forum")
    query = parse_query("where was the forum", store)
    ev = next(e for e in gather(query, store).evidence if e.mentions)
    kept = _sentence_focus(store, ev.sentence.id, ev.mentions, ev.sentence.text)
    assert _sentence_focus(store, ev.sentence.id, ev.mentions, ev.sentence.text) is kept
    # the same sentence met with no mentions (an Evidence a handler made): worked out afresh
    assert _sentence_focus(store, ev.sentence.id, [], ev.sentence.text).names == ()
    assert len(_sentence_focus(store, ev.sentence.id, list(ev.mentions), ev.sentence.text).names) == len(ev.mentions)


def test_a_sentence_focus_is_forgotten_when_an_article_is_added() -> None:
    store = stored("ae_forum")
    prepare(store)
    first = answer("where was the forum held", store, Conversation())
    assert store.memo("sentence_focus", -5, lambda: "unset") == "unset"
    store.ingest_text(story("ao_lobito"))
    # a write clears what was kept: the kept focus and everything else
    assert store.memo("sentence_focus", -5, lambda: "again") == "again"
    assert answer("where was the forum held", store, Conversation()).text == first.text
    found = answer("who built the container terminal in lobito", store, Conversation())
    assert found.answered and "China Harbour" in found.text


def _texts() -> list[str]:
    """Many questions (every fixture file's) and sentences (a few articles'), with those of each
    rule's own shape: the texts the guarded patterns are searched in."""
    import yaml

    from tests.handlers.stories import FIXTURES

    texts = ["how many weren't chinese", "how many were not paid for by the state", "what was it trading at before the bid",
             "what is the total capacity of kosova b in mw", "how many will it have left once the closures are done",
             "how many stores on a net basis", "how many shares does it have", "turkey's trade gap with china",
             "in total, counting the ones to come", "25 of the 42 agreements, with the rest binding contracts",
             "WITH THE REMAINDER", "non-chinese workers", "other than coal", "İstanbul's total"]
    for path in sorted(FIXTURES.glob("*/*.yaml"))[:80]:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("questions") or []:
            texts.extend(str(t) for t in (item.get("turns") or [item.get("q", "")]))
    for article in _ARTICLES:
        texts.extend(story(article).split(". "))
    return texts


def test_the_guarded_first_tests_of_the_derived_handlers_match_as_their_patterns_do() -> None:
    from handlers import derived as d

    pairs = [(d._TOTAL_ONCE_GUARDED, d._TOTAL_ONCE_ASKED), (d.ASKS_TOTAL_GUARDED, ASKS_TOTAL), (d._SIZE_GUARDED, d._SIZE_ASKED),
             (d._BEFORE_BID_GUARDED, d._BEFORE_BID), (d._TRADE_BALANCE_GUARDED, d._TRADE_BALANCE_ASKED),
             (d._THE_REST_GUARDED, d._THE_REST), (d._NOT_ASKED_GUARDED, d._NOT_ASKED), (d._NOT_PAID_BY_GUARDED, d._NOT_PAID_BY),
             (d._LEFT_GUARDED, d._LEFT_ASKED), (d._NET_GUARDED, d._NET_ASKED), (d._SHARES_GUARDED, d._SHARES_ASKED)]
    texts = _texts()
    assert len(texts) > 1000
    matched = 0
    for guarded, pattern in pairs:
        for text in texts:
            for form in (text, text.lower()):
                want = pattern.search(form)
                got = guarded.search(form)
                assert (got and got.span()) == (want and want.span()), (pattern.pattern, form)
                matched += want is not None
    assert matched > 20


def test_a_prepared_store_keeps_each_sentences_focus_as_answering_would_work_it_out() -> None:
    from handlers.answering import _sentence_focus_of

    store = stored("ae_forum")
    prepare(store)
    query = parse_query("where was the forum held", store)
    pool = gather(query, store)
    assert pool.evidence
    for ev in pool.evidence:
        kept = store.memo("sentence_focus", ev.sentence.id, lambda: None)
        # kept by prepare from the very pairs a gather hands out: read, not worked out again
        assert kept is not None and kept.mentions == tuple(ev.mentions)
        assert kept == _sentence_focus_of(list(ev.mentions), ev.sentence.text)
        assert _sentence_focus(store, ev.sentence.id, ev.mentions, ev.sentence.text) is kept


def test_headline_and_lead_words_are_the_headlines_and_the_leads_and_forgotten_on_a_write() -> None:
    from handlers.evidence import _headline_and_lead_words, _lead_words

    store = stored("ao_lobito")
    article = store.articles()[0].id
    words = _headline_and_lead_words(store, article)
    assert words == store.headline_words(article) | _lead_words(store, article)
    assert {"lobito", "terminal"} <= words
    store.ingest_text(story("ae_forum"))
    other = next(a.id for a in store.articles() if a.id != article)
    assert _headline_and_lead_words(store, other) == store.headline_words(other) | _lead_words(store, other)
    assert "dubai" in _headline_and_lead_words(store, other)
