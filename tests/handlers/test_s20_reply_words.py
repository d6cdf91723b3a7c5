"""A reply speaks in the user's words, not in the ones a question was rewritten into."""

from __future__ import annotations

from tests.handlers.stories import answered


def test_a_yes_no_reply_names_only_words_the_user_typed() -> None:
    # "ok with" is read as "happy with": the reply does not say "happy", which no one asked
    reply = answered("pk_cement", "Is the industry ok with a higher excise duty?")
    assert "happy" not in reply.text, reply.text
