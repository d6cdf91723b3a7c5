"""Why-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TOLLS = """| 3 March 2025, Monday |

Toll revenue on Kenyan bypass climbs 15% as port traffic grows

Toll revenue on the Nairobi-Mombasa bypass rose 15.2% to $48.3 million in the first nine months of the year, its operator said on Monday, as rising container volumes at Mombasa port pushed more trucks onto the road.

Heavy trucks made up 31% of traffic but generated more than half of revenue because they pay up to three times the car rate.
"""


def test_a_rise_asked_is_explained_by_the_sentence_stating_it_not_by_a_share_named_before_a_because() -> None:
    expect(answered(_TOLLS, "why did toll revenue go up so much"), "container")
