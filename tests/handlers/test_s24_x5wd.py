"""Who-questions asking a person's post, kept as general rules over small made-up stories."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Port expansion to start next year

The Dorvan port expansion will cost about $2 billion, officials said on Monday.

About 60% of the cost will be funded by credit from Japanese development lenders, which keeps interest low for the port authority, said Elena Markovic, a shipping analyst at Belgrade brokerage Sava Securities.
"""


def test_a_post_asked_is_no_passive_agent_holding_no_person() -> None:
    # "funded by credit from Japanese development lenders" names no analyst: the speaker does
    expect(answered(_PORT, "Which analyst commented on the funding?"), "Markovic")
