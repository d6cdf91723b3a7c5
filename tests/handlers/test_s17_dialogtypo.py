"""Dialog follow-ups and typo-laden questions met on the seventeenth session's blind sets, each
kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_FORUM = """| 3 March 2025, Monday |

Gulf and Chinese firms sign deals at Riyadh forum

Saudi and Chinese companies signed 14 agreements worth $9 billion at an investment forum in Riyadh on Monday, the organisers said.

"These deals show a shift to building things together," said Mona Saleh, chief economist at Desert Crest Capital in Jeddah.

The forum drew about 2,000 delegates, up from 1,500 last year.
"""


@pytest.mark.parametrize("follow_up", ["who does she work for", "which firm is she with?", "who's her employer?"])
def test_who_a_person_works_for_is_the_body_their_role_names(follow_up: str) -> None:
    expect(dialog(_FORUM, "which economist commented on the deals", follow_up), "Desert Crest Capital")


def test_who_a_named_person_works_for() -> None:
    expect(answered(_FORUM, "who does Mona Saleh work for?"), "Desert Crest Capital")


_AID = """| 3 March 2025, Monday |

Canada offers aid to fishing towns

Canadian fishing towns have lost about 4,000 jobs since 2023 as cod stocks collapsed, the Atlantic Fisheries Council said on Monday.

In Halifax, Fisheries Minister Paul Leblanc on Monday announced a C$800 million aid package for the industry, including C$500 million in loan guarantees and C$300 million to help firms find new markets in Asia.

"This money is a lifeline for coastal towns until the stocks recover, because the quotas will stay low for years," Leblanc told reporters.
"""


def test_why_after_an_announcement_is_the_announcer_s_quote_not_a_listed_part_s_purpose() -> None:
    reply = dialog(_AID, "what's in the aid package for the fishing industry?", "why?")
    expect(reply, "quotas will stay low")
