"""Fresh phrasings on the bundled article's sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 4 April 2025, Friday |

Vietnamese and Korean firms sign deals at forum

Korean and Vietnamese companies attending a regional forum in northern Vietnam signed dozens of supply agreements, state media said.

The meeting in Haiphong, the country's biggest northern port, follows talks between the two leaders last month in Seoul.
"""


def test_a_place_named_more_closely_stands_on_the_wide_sentence_too() -> None:
    # "The meeting in Haiphong" lacks "regional", which "a regional forum in northern Vietnam" holds
    expect(answered(_FORUM, "was the regional forum held in seoul?"), "No, in Haiphong")
    expect(answered(_FORUM, "where was the regional forum held?"), "Haiphong")
