"""Questions a small made-up story does not answer, met on this session's sets: the bot must
abstain rather than give a sentence near the question, each a general rule."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals at trade fair

Kazakh and Chinese companies attending a trade fair in Urumqi signed dozens of agreements spanning farming and logistics, state media said.

Kazakhstan's trade with China rose 12% last year to $31 billion, the customs office said.
"""


@pytest.mark.parametrize("question", ["name one kazakh company that signed a deal", "name a kazakh company that signed an agreement"])
def test_name_one_asks_which_one_and_a_sentence_naming_none_does_not_answer(question: str) -> None:
    expect(answered(_FAIR, question), None)


_NAMED = """| 3 March 2025, Monday |

Kazakh firm signs deal at trade fair

Kazakh grain trader Astyk Holding signed a supply agreement with China's Cofco at a trade fair in Urumqi, state media said.

Kazakhstan's trade with China rose 12% last year to $31 billion, the customs office said.
"""


def test_name_one_is_answered_by_the_name_the_story_gives() -> None:
    expect(answered(_NAMED, "name one kazakh company that signed a deal"), "Astyk Holding")


_LEVEL = """| 3 March 2025, Monday |

Kazakh-Chinese trade hits record

In October, trade between Kazakhstan and China surged to $3.4 billion, the highest since 2019, customs data showed.

Grain shipments through Khorgos reached 1.2 million tonnes in the first ten months, the rail operator said.

Kazakhstan has 40 Chinese-owned factories, the ministry said.
"""


@pytest.mark.parametrize("question", ["oct kazakhstan china trade up how much yoy", "how much did kazakhstan china trade grow yoy in october"])
def test_a_level_reached_against_no_year_before_tells_no_yearly_rise(question: str) -> None:
    expect(answered(_LEVEL, question), None)


def test_the_level_still_answers_how_much_trade_was() -> None:
    expect(answered(_LEVEL, "how much was kazakhstan china trade in october"), "3.4 billion")
