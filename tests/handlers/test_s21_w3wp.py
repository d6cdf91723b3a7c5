"""When, where and who over small stories: a place asked as a partner is not where a deed was."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DEAL = """| 18 June 2025, Wednesday |

Kenya flies first avocados to China

Kenya sent its first cargo of avocados to China on a new direct flight on Monday, officials said.

The new route follows an agreement signed in Nairobi in April between Kenya's farm ministry and China's customs agency covering fresh fruit and flowers.
"""


def test_a_place_asked_as_partner_lets_the_site_beside_the_time_date_the_deed() -> None:
    expect(answered(_DEAL, "when was the fruit deal with china signed"), "April")
