"""Rules of the twentieth session's work on the bundled article, each over a small story of its own."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_TIES = """| 3 March 2025, Monday |

Indian and Japanese firms sign deals in Chennai

The forum in Chennai follows a meeting between the two prime ministers last week in New Delhi.

India has urged deeper economic cooperation with Japan despite disapproval from China after a border clash last year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # Tokyo, never named, is Japan; New Delhi, named as the meeting's city, is India when set against it
    ("why does china disapprove of new delhi getting closer to tokyo", "border clash"),
    ("why has china frowned on New Delhi's ties with Tokyo?", "border clash"),
])
def test_a_capital_set_against_another_capital_stands_for_its_country(question: str, expected: str) -> None:
    expect(answered(_TIES, question), expected)


def test_a_capital_after_a_word_of_place_stays_a_city() -> None:
    expect(answered(_TIES, "where did the prime ministers meet last week?"), "New Delhi")


@pytest.mark.parametrize("question", [
    "was china happy about india cozying up to japan",
    "is china ok with india getting closer to japan?",
    "did china approve of india getting cozy with japan?",
])
def test_happy_or_ok_with_a_country_drawing_nearer_is_answered_no_by_disapproval(question: str) -> None:
    reply = answered(_TIES, question)
    expect(reply, "disapproval")
    assert reply.text.startswith("No"), reply.text


_PORT = """| 3 March 2025, Monday |

Armenian cargo to go through Georgia

In January, Armenian customs said the landlocked country of Armenia would be able to use Poti, the biggest port in western Georgia, to ship goods to Bulgaria from June, cutting costs for Armenian exporters.
"""


def test_a_start_asked_after_a_saying_dates_what_was_said_not_the_saying() -> None:
    # "starting when?" carries "say" from the question before; it asks the start ("from June"),
    # and "the biggest port in western Georgia" locates Poti, no rival place to it
    expect(dialog(_PORT, "what did customs say about poti", "starting when"), "June")


def test_a_saying_still_dates_the_saying() -> None:
    expect(dialog(_PORT, "what did customs say about poti", "when was that said"), "January")


_FAIR = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The fair in Almaty was attended by Chinese government officials and almost 600 Kazakh companies hoping to enter the Chinese market.

In January, officials said Kyrgyz traders would be able to use Aktau, a port on the Caspian Sea, to ship goods to Baku, cutting costs for exporters.
"""


def test_a_contingent_at_a_gathering_is_who_attended() -> None:
    expect(answered(_FAIR, "how big was the kazakh contingent at the fair - how many companies?"), "600")


def test_routing_through_a_place_is_using_it() -> None:
    expect(answered(_FAIR, "how does routing through aktau help kyrgyz traders"), "cutting costs")
