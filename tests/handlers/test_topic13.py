"""What the article says of a topic ("what does it say re Jilin?", "anything on trade numbers?",
"does it mention the war at all?"), and the summary asked in chat ("main points?", "the gist")."""

from __future__ import annotations

import pytest

from handlers import answer
from handlers.query import asked_topic
from tests.handlers.stories import answered, stored

_PORTS = """| 14 May 2025, Wednesday |

Baltic ports gain as shippers avoid the Danish straits

Ports in Lithuania, Latvia and Estonia handled more cargo in April as shippers rerouted around the Danish straits, the port authorities said on Tuesday.

Klaipeda, Riga and Tallinn all reported record grain volumes, officials said.

Klaipeda handled 4.1 million tonnes in April, up 12% from a year earlier, helped by a new grain terminal.

Riga said it would spend 80 million euros on deepening its channel by 2027.

Shipping lines cited insurance costs and congestion as reasons to avoid the straits.
"""


@pytest.mark.parametrize(("question", "topic", "mention_only"), [
    ("what does it say re riga", "riga", False),
    ("anything about klaipeda in there?", "klaipeda", False),
    ("does it mention the war at all", "the war", True),
    ("tell me the tallinn part", "tallinn", False),
    ("whats the bit about insurance", "insurance", False),
    ("what does it say about how much klaipeda handled", None, False),  # one fact asked, not a topic
    ("tell me about the terminal", None, False),
])
def test_a_topic_asked_is_read_off_the_question(question: str, topic: str | None, mention_only: bool) -> None:
    found = asked_topic(question)
    assert (found and found[0]) == topic and (found is None or found[1] == mention_only)


@pytest.mark.parametrize(("question", "expected"), [
    # the sentence about Riga alone, over the one that lists it among others
    ("what does it say re riga", "80 million euros"),
    ("anything about klaipeda in there?", "4.1 million tonnes"),
    ("anything on grain numbers?", "4.1 million tonnes"),  # numbers asked: the sentence with figures
    ("whats the bit about insurance", "insurance costs"),
])
def test_the_sentences_about_a_topic_answer(question: str, expected: str) -> None:
    reply = answered(_PORTS, question)
    assert reply.answered and expected in reply.text and reply.citations, reply.text


def test_whether_it_mentions_a_topic() -> None:
    store = stored(_PORTS)
    said = answer("does the article mention Riga at all", store)
    assert said.answered and said.text.startswith("Yes.") and "Riga" in said.text
    unsaid = answer("does the article mention Poland", store)
    assert not unsaid.answered and unsaid.text == "The article does not mention Poland."


@pytest.mark.parametrize("question", ["main points?", "whats the gist", "sum it up pls", "give me the rundown"])
def test_chat_asks_for_the_summary(question: str) -> None:
    reply = answered(_PORTS, question)
    assert reply.intent == "about" and reply.text.startswith("Baltic ports gain"), reply.text
