"""Follow-ups ("and in June?", "and the German company?") and where questions."""

from __future__ import annotations

from handlers import Answer, Conversation, answer
from tests.handlers.stories import stored


def _dialog(article: str, *turns: str) -> Answer:
    """The answer to the last of a conversation's turns, asked in order of one store."""
    store, conversation = stored(article), Conversation()
    result = answer(turns[0], store, conversation)
    for turn in turns[1:]:
        result = answer(turn, store, conversation)
    return result


_SHOPS = """| 5 March 2025, Wednesday |

Harwick posts weaker holiday sales

Harwick Stores Inc said on Wednesday its net sales fell to $4.1 billion in the fourth quarter from $4.3 billion a year earlier.

Comparable sales declined 2.7%, an improvement from a 3.6% drop in the third quarter.
"""


def test_a_followup_asks_like_for_like_through_the_words_it_carries() -> None:
    result = _dialog(_SHOPS, "How much did comparable sales drop in the holiday quarter?", "and in the third quarter?")
    assert result.answered and "3.6%" in result.text, result.text
