"""Session 32, r5: the handlers' question-side facts worked out once a question, not once a name.
Each fast path is checked against the slow one it stands for."""

from __future__ import annotations

import pytest

from bot.cli import bundled_article
from handlers import places
from handlers.query import parse_query
from knowledge.store import MentionRow, Store

# Questions of going, coming and neither, in several shapes ("from there", "to?", "headed").
ROUTE_QUESTIONS = [
    "Where was the first train from the Shenyang hub headed?",
    "where did the train set off from?",
    "Where do the goods go from there?",
    "shipped to?",
    "Which port can Jilin use?",
    "where is the cargo transshipped before heading to Shanghai?",
    "Where will the cargo end up after going via the Russian port?",
    "which countries could it bring in extra acid from",
    "Where did the Putin-Xi meeting happen?",
    "Who met Putin last week?",
    "Which Russian city was the train headed to?",
    "where does the cargo plane land?",
    "where did the storm first hit land?",
    "From where do the imports come?",
    "which country's fruit competes in China?",
    "Where is the dry port?",
]


@pytest.fixture(scope="module")
def store() -> Store:
    s = Store.memory()
    s.ingest_text(bundled_article(), path="(bundled)")
    return s


def _old_route_fit(query, text: str, mention: MentionRow) -> float:
    """_route_fit as it was before route_asked: the question's side asked again for each name."""
    lower = query.text.lower()
    before = text[max(0, mention.start - 14) : mention.start].lower()
    if places._asks_origin(lower):
        return 1.0 if places._FROM_THE_BEFORE.search(before) else 0.0
    if query.wh == "where" and places._going_asked(query):
        if places._BOUND_FOR_BEFORE.search(before):
            return 1.0
        if places._TO_SITE_IN.search(text, max(0, mention.start - 45), mention.start):
            return 1.0
        if places._FROM_PLACE_BEFORE.search(before):
            return -1.0
        return -0.5 if places.IN_PLACE.search(before) else 0.0
    return 0.0


def test_route_asked_is_the_destination_test_and_the_origin_test(store: Store) -> None:
    for question in ROUTE_QUESTIONS:
        query = parse_query(question, store)
        origin, going = places.route_asked(query)
        assert origin == places._asks_origin(query.text.lower()), question
        assert going == places._asks_destination(query), question


def test_route_asked_finds_both_ways_and_neither(store: Store) -> None:
    seen = {places.route_asked(parse_query(q, store)) for q in ROUTE_QUESTIONS}
    assert (True, False) in seen and (False, True) in seen and (False, False) in seen


def test_route_fit_given_the_question_side_agrees_with_working_it_out(store: Store) -> None:
    text = ("A train bound for Moscow left the hub in Shenyang, and cargo from the port of Dalian went to its "
            "new sites in Harbin while goods from Jilin moved via Vladivostok to Zhoushan.")
    starts = [i for i, c in enumerate(text) if c.isupper()]
    mentions = [MentionRow(entity_id=i, sentence_id=1, start=s, end=s + 4) for i, s in enumerate(starts)]
    for question in ROUTE_QUESTIONS:
        query = parse_query(question, store)
        asked = places.route_asked(query)
        for m in mentions:
            expected = _old_route_fit(query, text, m)
            assert places._route_fit(query, text, m, asked) == expected, (question, m.start)
            assert places._route_fit(query, text, m) == expected, (question, m.start)
