"""Property tests: answer() on arbitrary and hostile text.

* never raises on any text up to 10,000 characters (st.text() plus sampled nasty fragments:
  emoji, RTL and bidi controls, zero-width and control characters, NUL, lone surrogates, FTS5
  syntax, SQL, HTML, Markdown);
* returns an Answer; answered=True implies at least one citation, and every citation names an
  existing paragraph and carries a non-empty quote that is a substring of that paragraph's text;
* the same question asked twice (fresh conversations) gives the same answer;
* FTS5 syntax in questions never raises, neither through answer() nor Store.search_sentences().

A few thousand examples in all; no timing is asserted (deadline=None).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import knowledge
from handlers import Answer, Conversation, answer
from knowledge.store import Store

SEED = Path(knowledge.__file__).parent / "data" / "seed.txt"

EMOJI = ["😀", "🇨🇳", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "❤️", "🚂"]
RTL = ["مرحبا", "שלום", "\u202eevil\u202c", "\u200f", "\u200e", "\u2067x\u2069", "كم عدد الحاويات؟"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad", "\u034f"]
CONTROL = ["\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\x85", "\r\n", "\t", "\x0b", "\u2028"]
SURROGATES = ["\ud800", "\udfff", "\udc80"]
FTS = ['"', '""', '"open', "*", "containers*", "AND (", "AND", "OR", "NOT", "NEAR(", "NEAR(a b, 3)",
       "NEAR/2", "terms:", "sentences_fts:", "{terms}:", "^", "(", ")", ")(", "-", "+", "a:b", "'", "\\"]
SQL = ["'; DROP TABLE articles; --", "' OR '1'='1", "%", "_", "?", ":name", "@x", "$1", ";", "/*", "*/",
       "UNION SELECT * FROM sentences"]
MARKUP = ["<b>", "</b>", "<script>alert(1)</script>", "&amp;", "&", "<", ">", "</blockquote>", "**bold**",
          "`code`", "```\nx\n```", "[link](http://x)", "||spoiler||", "# Heading", "> quote"]
NUMBERS = ["42.64", "$5.83 billion", "82.3%", "1e308", "NaN", "inf", "-0", "1,000,000", "١٢٣", "½", "9" * 300]
WORDS = ["how", "many", "much", "when", "where", "who", "why", "what", "did", "which", "it", "there", "and", "in",
         "dollars", "percent", "containers", "Liaoning", "Shenyang", "Russia", "China", "Xi", "Putin", "September",
         "March", "trade", "shipments", "year", "earlier", "port", "Jilin", "?"]
QUESTIONS = [
    "How many containers did the inaugural train carry to Russia?", "When did the Shenyang freight hub start operating?",
    "How much did Liaoning's outbound shipments to Russia increase?", "Which Russian port will Jilin use?",
    "Who met Putin last week?", "Where is it the biggest port?", "And in dollars?", "When?",
    "How much did Liaoning export to Russia a year earlier?", "What's the best pizza in town?",
]
NASTY = EMOJI + RTL + INVISIBLE + CONTROL + SURROGATES + FTS + SQL + MARKUP + NUMBERS + WORDS

fragments = st.sampled_from(NASTY)
mixed = st.lists(st.one_of(fragments, st.sampled_from(QUESTIONS), st.text(max_size=20)), max_size=15).map("".join)
spliced = st.builds(
    lambda q, at, frag: q[: at % (len(q) + 1)] + frag + q[at % (len(q) + 1):],
    st.sampled_from(QUESTIONS), st.integers(0, 200), fragments,
)
long_text = st.builds(
    lambda unit, size: (unit * (10_000 // max(len(unit), 1) + 1))[:size],
    st.one_of(fragments, st.sampled_from(QUESTIONS), st.text(min_size=1, max_size=5)),
    st.integers(1_000, 10_000),
)
any_text = st.one_of(st.text(max_size=10_000), st.text(max_size=60), mixed, spliced, long_text)
fts_text = st.lists(st.one_of(st.sampled_from(FTS), st.sampled_from(WORDS)), min_size=1, max_size=12).map(" ".join)

pytestmark = pytest.mark.filterwarnings("ignore")
SETTINGS = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    opened = Store.memory()
    opened.ingest_file(SEED)
    try:
        yield opened
    finally:
        opened.close()


def check_answer(result: object, store: Store) -> None:
    assert isinstance(result, Answer)
    assert result.text.strip(), "empty answer text"
    if result.answered:
        assert result.citations, "answered=True without a citation"
    for citation in result.citations:
        count = store.paragraph_count(citation.article)
        assert 0 <= citation.paragraph <= count, f"paragraph {citation.paragraph} of {count}"
        text = store.paragraph(citation.article, citation.paragraph)
        assert text is not None, f"no paragraph {citation.article}#{citation.paragraph}"
        if result.answered:
            assert citation.quote.strip(), "empty quote"
        assert citation.quote in text, f"quote {citation.quote!r} not in paragraph {citation.paragraph}"


@settings(max_examples=1200, **SETTINGS)
@given(question=any_text)
def test_answer_never_raises_and_is_valid(store: Store, question: str) -> None:
    check_answer(answer(question, store, Conversation()), store)


@settings(max_examples=300, **SETTINGS)
@given(turns=st.lists(st.one_of(st.sampled_from(QUESTIONS), spliced, mixed), min_size=2, max_size=5))
def test_follow_ups_never_raise_and_are_valid(store: Store, turns: list[str]) -> None:
    conversation = Conversation()
    for turn in turns:
        check_answer(answer(turn, store, conversation), store)


@settings(max_examples=400, **SETTINGS)
@given(question=st.one_of(st.sampled_from(QUESTIONS), spliced, mixed, st.text(max_size=200)))
def test_same_question_same_answer(store: Store, question: str) -> None:
    first = answer(question, store, Conversation())
    second = answer(question, store, Conversation())
    assert first.model_dump() == second.model_dump()


@settings(max_examples=600, **SETTINGS)
@given(question=fts_text)
def test_fts_syntax_never_raises(store: Store, question: str) -> None:
    check_answer(answer(question, store, Conversation()), store)
    store.search_sentences(question.split())
