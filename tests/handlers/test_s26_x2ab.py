"""Questions the story does not answer, which the bot answered anyway: each a general rule over a
small made-up story on which the bot must say the article does not tell."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Moldovan wine sales to China climb

Moldova's wine exports to China rose 22% in the first half to 3.1 million bottles, the country's National Vine Office said on Monday.

The office said shipments of red wine made up most of the volume.

A delegation led by Zhang Min, vice-chairman of the Guangzhou Wine Traders Association, arrived in Chisinau last week and signed supply deals with 12 wineries, the association said.
"""


def test_the_head_of_a_body_is_not_someone_holding_a_post_of_another() -> None:
    expect(answered(_FAIR, "Who is the head of the National Vine Office?"), None)


def test_the_head_of_the_body_named_with_the_post_is_still_told() -> None:
    expect(answered(_FAIR, "Who is the vice-chairman of the Guangzhou Wine Traders Association?"), "Zhang Min")
