"""Meta and summary phrasings met on the 15th session's blind sets over the bundled article, each
kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Kazakh firms sign deals at Almaty fair

Kazakh and Chinese companies at a fair in Almaty signed deals on mining and farming, state media said.

Kazakhstan's exports to China rose 14.5% in the first half to 9.3 billion dollars.

In April, a new rail terminal was opened in Khorgos, with a train carrying 40 wagons leaving for Xian.

The fair was attended by 300 Chinese firms.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "in here" is the article as much as "in there"
    ("any export stats in here?", "9.3 billion"),
    # a slash between two topics asks of either; "bits" as well as "bit"
    ("tell me the transport / logistics bits", "rail terminal"),
    ("tell me the rail / farming bits", "farming"),
])
def test_a_topic_asked_of_the_article(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


_EVENTS = """| 3 March 2025, Monday |

Kazakh rail and port links grow

In April, a new rail terminal was opened in Khorgos, with a train carrying 40 wagons leaving for Xian.

In June, the transport ministry said Almaty firms would be able to use the port of Aktau from August, cutting shipping time.

In January, Tokayev visited Urumqi.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # each side dated by its own sentence's month; the earlier named first
    ("which came first, the khorgos rail terminal opening or the aktau announcement?", "rail terminal opening came first (April"),
    # an announcement is dated by the saying ("In June, ... said"), not by what it said would happen
    ("which came first, the aktau announcement or the khorgos terminal opening?", "then the aktau announcement (June"),
    # months read against the article's date: "In January" of a March story is this year's
    ("which happened later, the khorgos terminal opening or tokayev's urumqi visit?", "urumqi visit came later (January 2025)"),
])
def test_which_of_two_dated_events_came_first(question: str, expected: str) -> None:
    expect(answered(_EVENTS, question), expected)


def test_which_came_first_of_an_event_the_article_lacks() -> None:
    expect(answered(_EVENTS, "which came first, the khorgos terminal opening or the astana announcement?"), None)


_REGION = """| 3 March 2025, Monday |

Kazakh firms look east

Kazakhstan has urged closer trade with China, with the south of the country gaining new importance as a regional hub of cross-border commerce.
"""


@pytest.mark.parametrize("question", [
    "I'm trying to understand the regional angle here - how does the article describe the south's role?",
    "trying to get the bigger picture - how does it describe the south's role?",
])
def test_what_the_asker_wants_said_first_is_no_word_to_find(question: str) -> None:
    expect(answered(_REGION, question), "regional hub of cross-border commerce")


_FORUM = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals

Kazakh and Chinese companies attending a regional forum in western China signed a series of supply agreements, state media said.

The forum in Urumqi, the capital of Xinjiang, drew almost 500 companies.
"""


@pytest.mark.parametrize("question", [
    "which city hosted the kazakh-chinese regional business meet?",
    "where was the regional forum with the kazakh and chinese companies held?",
])
def test_a_thing_placed_in_a_stretch_of_a_country_is_placed_more_closely_where_named_again(question: str) -> None:
    expect(answered(_FORUM, question), "Urumqi")


_VISIT = """| 3 March 2025, Monday |

Kazakh firms sign deals at Almaty fair

The fair in Almaty follows a meeting between Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev last week in Astana.
"""


@pytest.mark.parametrize("question", [
    "who did tokayev host in astana last week?",
    "who was tokayev hosting last week?",
])
def test_whom_one_hosted_is_whom_one_met(question: str) -> None:
    expect(answered(_VISIT, question), "Mirziyoyev")


_SOURCED = """| 3 March 2025, Monday |

Kazakh firms sign deals at Almaty fair

Kazakh and Chinese companies at a fair in Almaty signed a series of supply agreements, according to Kazakh state media.

Exports to China rose to 9.3 billion dollars, the statistics bureau said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("whats the source for all these agreements being signed", "state media"),
    ("what is the source of the export figure?", "statistics bureau"),
])
def test_the_source_of_a_thing_is_who_reported_it(question: str, expected: str) -> None:
    expect(answered(_SOURCED, question), expected)


def test_the_source_of_the_story_is_still_the_article_s() -> None:
    assert "state media" not in answered(_SOURCED, "what's the source of this story?").text
