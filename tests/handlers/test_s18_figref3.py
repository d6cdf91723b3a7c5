"""Figure questions the bot refused although the story states the figure, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_SUMMIT = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals at regional summit

The summit in Almaty, the largest city of Kazakhstan, follows a visit by the Chinese premier last month. The forum was attended by regional officials, bankers, and nearly 600 Chinese companies hoping to enter the Kazakh market.

Kazakhstan's exports to China rose 12% to $9.1 billion in the first nine months.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many chinese companies went to the almaty summit", "600"),
    ("how many chinese firms came to the almaty forum", "600"),
])
def test_a_place_before_a_gatherings_word_names_the_gathering_not_an_end(question: str, expected: str) -> None:
    expect(answered(_SUMMIT, question), expected)


def test_a_place_after_to_is_still_an_end_of_trade() -> None:
    expect(answered(_SUMMIT, "how much did kazakhstan export to russia"), None)


_PORT = """| 20 November 2024, Wednesday |

Turkish-led consortium to build Black Sea terminal

A consortium led by Marmara Holding (MH) signed a deal with Bulgaria's government on Tuesday to build a container terminal at Burgas.

MH holds a 60% stake in the group, while a Greek fund holds the remaining 40%.

Transport Minister Ivan Petrov told the signing ceremony, which drew about 900 delegates from 12 countries, that work would start next year.
"""


def test_a_consortium_is_the_group_a_stake_is_held_in() -> None:
    expect(answered(_PORT, "mh share of the consortium"), "60%")


def test_those_attending_are_people() -> None:
    expect(answered(_PORT, "how many people attended the signing ceremony"), "900")


_EXPO = """| 20 May 2025, Tuesday |

Kazakh firms flock to Urumqi trade show

The China-Eurasia Expo, which opened on Saturday in Urumqi, drew about 1,100 exhibitors, including 260 from Kazakhstan, up from 190 Kazakh exhibitors at last year's event.
"""


def test_a_count_set_against_last_years_event_is_this_years() -> None:
    expect(answered(_EXPO, "how many kazakh exhibitors this year"), "260")
