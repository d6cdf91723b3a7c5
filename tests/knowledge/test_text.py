"""The text analysis shared by the index and the questions."""

from __future__ import annotations

from knowledge.text import phrase_keys


def test_a_hyphenated_lexicon_phrase_matches_text_split_at_the_hyphen() -> None:
    # The tokenizer splits "Non-performing"; the synonym table must split it the same way.
    assert "badloan" in phrase_keys("Non-performing loans stood at 17.6%")
    assert "badloan" in phrase_keys("bad loan ratio")
