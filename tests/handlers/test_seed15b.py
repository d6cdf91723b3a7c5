"""Fresh phrasings met on this session's blind sets, each kept as a general rule over a small
story: what the user read or heard before asking, and a phrase's opposite needing all its words."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The fair in Almaty was attended by Chinese government officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the Chinese market.

The tenge traded at 510 per dollar on the black market on Monday, against an official rate of 470.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("I saw there was a fair in Almaty with Chinese officials. Roughly how many Kazakh companies turned up?", "600"),
    ("i keep hearing there was a fair in almaty. how many kazakh companies went?", "600"),
    ("I've read that the fair was in Almaty. how many kazakh companies attended?", "600"),
])
def test_what_the_user_read_or_heard_is_no_word_to_find(question: str, expected: str) -> None:
    expect(answered(_FAIR, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # "officials" ... "the Chinese market": no "black market", both words of it are needed
    ("how many kazakh firms wanting to get into the chinese market came to the almaty fair with chinese officials?", "600"),
    ("what was the official rate of the tenge?", "470"),
])
def test_an_opposite_phrase_needs_all_its_words(question: str, expected: str) -> None:
    expect(answered(_FAIR, question), expected)


_TRADE = """| 3 March 2025, Monday |

Kazakh-Chinese trade at a record

Trade between Kazakhstan and China jumped to $4.2 billion in January, the highest since the war in Ukraine began, customs data showed on Monday.

Presidents Tokayev and Xi met in Astana last week to discuss a new rail line.

Kazakhstan's wheat exports to China fell 12% in January, the ministry said on Friday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # what the user says first is context; the asking sentence holds what must be found
    ("I keep hearing kazakhstan and china are trading more than ever since the war. what was the monthly total in january, in dollars?", "4.2"),
    ("tokayev and xi met in astana last week - what did they discuss?", "rail line"),
    ("tokayev and xi met in astana last week - what did they actually sign?", None),  # no signing stated
    ("I heard kazakh coal exports to china fell. by how much in january?", None),  # coal is never named
    ("the customs data on the record trade - what actual date was that?", "3 March 2025"),
])
def test_what_the_user_says_first_is_context_the_question_holds_what_must_be_found(question: str, expected: str | None) -> None:
    expect(answered(_TRADE, question), expected)


_FORUM = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals at Almaty forum

The forum in Almaty, the largest city of Kazakhstan, drew 300 companies on Monday.

Kazakh miner Tau-Ken Samruk signed a supply deal with China's Jiangxi Copper at the forum.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("which organisation hosted the almaty forum", None),  # the story names only its city
    ("which company signed a supply deal at the forum?", "Tau-Ken Samruk"),
])
def test_a_body_asked_by_its_kind_is_no_place(question: str, expected: str | None) -> None:
    expect(answered(_FORUM, question), expected)
