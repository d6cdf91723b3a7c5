"""When-questions (dates) met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRAIN = """| 17 October 2024, Thursday |

Estonia sends first freight train to China

Estonia's state railway sent its first scheduled container train to China via Russia on Tuesday, as the port of Tallinn seeks new cargo.

The railway first tested the route in March with a pilot train of 40 containers.
"""


def test_a_city_s_own_country_acting_dates_what_left_the_city() -> None:
    # Estonia, the country Tallinn lies in, is no rival place to the asked city.
    expect(answered(_TRAIN, "when did the first scheduled train leave tallinn"), "Tuesday")
