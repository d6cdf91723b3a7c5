"""Rules of the 22nd session's x1sd branch, each over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_FORUM = """| 4 March 2025, Tuesday |

In central Asia, Kazakh and Turkish firms sign deals on textiles and food

Kazakh and Turkish companies attending a trade fair in Almaty signed a raft of supply agreements covering textiles and food processing, according to Kazakh state media.

The fair was attended by Turkish regional officials and some 300 Kazakh exporters.
"""


def test_a_sort_asked_is_told_by_a_sentence_naming_one() -> None:
    # the headline has the gathering only from the story's topic: it names no sort of it
    expect(answered(_FORUM, "what sort of event were the deals signed at"), "trade fair")



def test_a_verb_holding_an_event_is_no_word_to_find() -> None:
    # "hold" says only what "talks" says; as a second word it drew the place asked to "the summit
    # in Shenyang" over "a meeting between ... Putin and ... Xi Jinping last week in Beijing"
    words = [t.lemma for t in parse_query("where did the two presidents hold talks", stored(_FORUM)).terms]
    assert "hold" not in words and "talk" in words, words
    # ... but "held up" is delayed, which "up" alone is not
    assert "hold" in [t.lemma for t in parse_query("why was construction held up", stored(_FORUM)).terms]
