"""Phrasings of questions on the bundled article, each kept as a general rule over a small made-up
story: a capital spelt 'capitol', and who came from a place to a gathering."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The trade fair in Almaty, the capital of Almaty region, opened on Monday.

The fair was attended by Chinese provincial officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the Chinese market.
"""


def test_a_capitol_asked_is_the_capital_city() -> None:
    expect(answered(_FAIR, "almaty is the capitol of which region"), "Almaty region")


@pytest.mark.parametrize("question", [
    "who came from china to the almaty fair, govt ppl?",
    "who travelled from china to the almaty fair",
])
def test_who_came_from_a_place_to_a_gathering_attended_it(question: str) -> None:
    expect(answered(_FAIR, question), "officials")


_REGION = """| 3 March 2025, Monday |

Central Asia courts Chinese buyers

Beijing has urged closer trade ties with Central Asia, with the south of the region – comprising the provinces of Sughd, Khatlon and Osh – gaining new weight as a corridor for cotton.
"""


def test_things_that_count_as_a_whole_are_those_it_is_made_of() -> None:
    expect(answered(_REGION, "how many provinces count as the south of the region"), "Three")


@pytest.mark.parametrize("question", [
    "what kind of chinese people attended",
    "which people came to the fair",
])
def test_people_asked_by_what_who_came_are_who(question: str) -> None:
    expect(answered(_FAIR, question), "bank chiefs")
