"""Phrasings met on the bundled article's blind sets, each kept as a general rule over a small
story: chat shorthand and the ways of asking what the text calls a thing."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Kazakh grain heads east

In April, officials said the landlocked region of Akmola would be able to use Aktau, the biggest port on the Caspian Sea, to ship wheat to Baku from July.

Kazakhstan has urged closer rail links with Uzbekistan despite objections from Russia, with the south gaining new weight as a hub of regional trade.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what is aktau described as", "biggest port"),
    ("what is Aktau referred to as?", "biggest port"),
])
def test_what_a_thing_is_described_as_asks_what_it_is(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # the capital stands for its country only after "with"
    ("what has astana been pushing for w tashkent despite russian objections", "rail links"),
    ("what has kazakhstan been pushing for w tashkent", "rail links"),
])
def test_a_lone_w_between_words_is_with(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


_ROLE = """| 3 March 2025, Monday |

Tokayev sets out a role for the west

Aktobe should become a gateway for trade with Europe, Tokayev said in May, saying the region ought to play a part in safeguarding water, grain, and energy security.

In June, 12 Chinese firms opened plants in Aktobe.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many kinds of security should aktobe help safeguard", "Three"),
    ("how many types of security did tokayev say aktobe should help protect?", "Three: water, grain and energy security"),
])
def test_the_words_listed_before_a_noun_count_its_kinds(question: str, expected: str) -> None:
    expect(answered(_ROLE, question), expected)
