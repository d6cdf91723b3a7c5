"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_VENTURE = """| 3 March 2025, Monday |

Chinese tea trader buys into Kenyan packer

In May, Chinese tea trader Fujian Minghe Tea Co agreed to invest $6 million in a joint venture with Kenyan grower Kericho Highlands Ltd.

Minghe will hold a 55% stake in the venture, whose plant is due to open next year.

About 40 Kenyan companies now ship tea to China, up from 12 in 2021, the tea board said.
"""


@pytest.mark.parametrize("question", ["What stake does the chinese firm get in the joint venture?", "what pct of the venture will the chinese company own"])
def test_the_firm_asked_is_the_body_a_sentence_names(question: str) -> None:
    expect(answered(_VENTURE, question), "55%")
