"""Follow-up turns and figures picked from a sentence with several: the other figure of the
sentence that fits the new slot, not the last answer's again."""

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


_SMELTER = """| 22 July 2025, Tuesday |

Bellamy Copper profit slips as prices ease

Bellamy Copper Ltd said on Tuesday its second-quarter net profit fell 14% to $88 million.

Its average realised copper price fell 9% to $8,410 per tonne from $9,240 a year earlier, and was also above the $8,150 per tonne it fetched in the first quarter. Copper cathode sales rose 4% to 61,000 tonnes.
"""


def test_a_new_period_picks_the_figure_its_clause_dates_to_it() -> None:
    result = _dialog(_SMELTER, "What was the realised copper price a year earlier?", "and in the first quarter?")
    assert result.answered and "8,150" in result.text, result.text
