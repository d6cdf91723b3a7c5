"""Figures the article states that the bot had refused: a crop the counted doers grow or farm, and
what a craft can take on each trip."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_COCOA = """| 5 May 2025, Monday |

Ghana cocoa growers hope for better prices

About 800,000 families grow cocoa in Ghana, the second-largest producer after Ivory Coast. Farm-gate prices averaged 49,600 cedis a tonne in April.

A new twice-weekly freighter service flies from Accra to Shanghai in about 14 hours and can carry up to 60 tonnes on each trip, the airline said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many families grow cocoa in ghana", "800,000"),
    ("how many families farm cocoa in ghana", "800,000"),
    # the families counted are no farmers
    ("how many farmers grow cocoa in ghana", None),
])
def test_a_crop_grown_or_farmed_by_the_counted_doers_is_no_rise(question: str, expected: str | None) -> None:
    expect(answered(_COCOA, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("how much cargo can the freighter take per trip", "60 tonnes"),
    ("how much cargo can the freighter carry on each trip", "60 tonnes"),
])
def test_what_a_craft_can_take_is_what_it_can_carry(question: str, expected: str) -> None:
    expect(answered(_COCOA, question), expected)


_HYDRO = """| 5 May 2025, Monday |

Nepal power exports climb

The 456-megawatt Upper Tamakoshi dam in Dolakha district began commercial operation last week, sending power to India.

Nepal now has 160 hydropower plants with a combined capacity of 3,400 MW and aims to reach 28,500 MW by 2035, the energy minister said on Friday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many hydropower plants are operating in nepal now", "160"),
    ("how many hydro plants r running in nepal", "160"),
    ("how many hydropower plants are operating in india", None),
])
def test_things_counted_in_use_are_those_there_are(question: str, expected: str | None) -> None:
    expect(answered(_HYDRO, question), expected)
