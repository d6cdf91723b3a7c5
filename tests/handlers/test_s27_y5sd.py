"""Questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Kenyan tea finds a new route to the Gulf

In May, the tea board said growers in the landlocked county of Kericho would be able to use Mombasa, the busiest port in East Africa, to ship tea to Dubai and Doha in the Gulf from June, cutting costs and shipping time for Kericho tea bound for the Gulf.

Tea exports to the Gulf rose 12% last year to 31,000 tonnes, the board said.
"""


@pytest.mark.parametrize("question", ["whats mombasas claim to fame per the story", "what is Mombasa's claim to fame in the article",
                                      "what's mombasa's claim to fame"])
def test_a_claim_to_fame_is_what_the_story_calls_the_named_thing(question: str) -> None:
    expect(answered(_PORT, question), "busiest port")
