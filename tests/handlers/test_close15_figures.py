"""Figures still refused or wrong: each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_EXPO = """| 3 March 2025, Monday |

Regional delegation signs timber deals in China

A delegation from the Amur region signed nine agreements at a trade fair in Harbin on Monday, officials said.

The 38-member delegation of officials and executives was led by the regional governor.

The sawmill operator plans to expand its 1,400-strong workforce next year.
"""


def test_n_member_gives_the_size_of_the_group_named_next() -> None:
    # "The 38-member delegation": 38 counts the delegation, though glued to a word by a hyphen
    expect(answered(_EXPO, "How big was the delegation?"), "38")


def test_n_strong_gives_the_size_of_the_group_named_next() -> None:
    expect(answered(_EXPO, "How many people are in the sawmill operator's workforce?"), "1,400")


_CHERRIES = """| 16 December 2025, Tuesday |

Chile's cherry exports to China hit record

Chile shipped a record 182,300 tonnes of fresh cherries to China in the 2025/26 season through December 12, up 12.1% from the same period a year earlier, an exporters' group said on Monday.

Each cargo flight carries about 98 tonnes of cherries.
"""


def test_a_total_through_a_day_is_a_running_total() -> None:
    # "in the season through December 12" answers "so far this season"
    expect(answered(_CHERRIES, "how many tonnes of cherries has chile sent to china so far this season"), "182,300")


_FLEET = """| 16 December 2025, Tuesday |

Cherry fleet races to China

A fleet of 37 refrigerated ships has sailed from the port of San Antonio since late November, reaching Shanghai in an average of 24 days, exporters said.

Cherry exports were forecast at 650,000 tonnes for the season.
"""


def test_reefer_is_refrigerated_and_left_is_sailed() -> None:
    # "how many reefer ships have left" / "37 refrigerated ships has sailed from the port"
    expect(answered(_FLEET, "How many reefer ships have left San Antonio?"), "37")


def test_a_short_month_in_a_since_is_no_unknown_name() -> None:
    # "since late Nov" is the article's "since late November", not a name it never mentions
    expect(answered(_FLEET, "How many refrigerated ships have sailed since late Nov?"), "37")
