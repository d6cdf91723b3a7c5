"""Meta and summary phrasings met on the 15th session's blind sets over the bundled article, each
kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Kazakh firms sign deals at Almaty fair

Kazakh and Chinese companies at a fair in Almaty signed deals on mining and farming, state media said.

Kazakhstan's exports to China rose 14.5% in the first half to 9.3 billion dollars.

In April, a new rail terminal was opened in Khorgos, with a train carrying 40 wagons leaving for Xian.

The fair was attended by 300 Chinese firms.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "in here" is the article as much as "in there"
    ("any export stats in here?", "9.3 billion"),
    # a slash between two topics asks of either; "bits" as well as "bit"
    ("tell me the transport / logistics bits", "rail terminal"),
    ("tell me the rail / farming bits", "farming"),
])
def test_a_topic_asked_of_the_article(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)
