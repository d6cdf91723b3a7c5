"""answer() keeps answers per store handle, by the question and the conversation's last turn:
a kept answer must be the one working it out again would give, and each caller's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers import Conversation, answer
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")
UK = (ROOT / "tests" / "fixtures" / "articles" / "uk_economy.txt").read_text(encoding="utf-8")


@pytest.fixture()
def seed() -> Store:
    store = Store.memory()
    store.ingest_text(SEED)
    return store


def test_a_repeated_question_gets_an_equal_answer_of_its_own(seed: Store) -> None:
    question = "How many containers did the inaugural train carry to Russia?"
    first = answer(question, seed, Conversation())
    second = answer(question, seed, Conversation())
    assert second.model_dump() == first.model_dump()
    assert second is not first and second.citations[0] is not first.citations[0]
    # What one caller does to its answer is not what the next one gets.
    second.suggestions.append("changed")
    second.citations[0].quote = "changed"
    second.text = "changed"
    assert answer(question, seed, Conversation()).model_dump() == first.model_dump()


def test_a_follow_up_is_kept_apart_for_each_last_turn(seed: Store) -> None:
    after_rise, after_trade = Conversation(), Conversation()
    answer("How much did Liaoning's outbound shipments to Russia rise?", seed, after_rise)
    answer("How much was Russia-China trade in September?", seed, after_trade)
    when_rise = answer("When?", seed, after_rise)
    when_trade = answer("When?", seed, after_trade)
    alone = answer("When?", seed, Conversation())
    assert when_rise.model_dump() != when_trade.model_dump()
    # Asked again after the same last turns: the same answers, and the conversations move on alike.
    again = Conversation()
    answer("How much did Liaoning's outbound shipments to Russia rise?", seed, again)
    assert answer("When?", seed, again).model_dump() == when_rise.model_dump()
    assert again.last is not None and after_rise.last is not None
    assert again.last == after_rise.last and again.last is not after_rise.last
    assert answer("When?", seed, Conversation()).model_dump() == alone.model_dump()


def test_kept_answers_go_when_the_store_changes(seed: Store) -> None:
    question = "What was the UK's inflation rate?"
    before = answer(question, seed, Conversation())
    seed.ingest_text(UK)
    after = answer(question, seed, Conversation())
    fresh = Store.memory()
    fresh.ingest_text(SEED)
    fresh.ingest_text(UK)
    assert after.model_dump() == answer(question, fresh, Conversation()).model_dump()
    assert after.model_dump() != before.model_dump()
