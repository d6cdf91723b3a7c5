"""Rules of the 22nd session's x1sd branch, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 4 March 2025, Tuesday |

In central Asia, Kazakh and Turkish firms sign deals on textiles and food

Kazakh and Turkish companies attending a trade fair in Almaty signed a raft of supply agreements covering textiles and food processing, according to Kazakh state media.

The fair was attended by Turkish regional officials and some 300 Kazakh exporters.
"""


def test_a_sort_asked_is_told_by_a_sentence_naming_one() -> None:
    # the headline has the gathering only from the story's topic: it names no sort of it
    expect(answered(_FORUM, "what sort of event were the deals signed at"), "trade fair")
