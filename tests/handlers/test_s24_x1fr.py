"""Figures the article states though the question words them otherwise (session 24, x1fr)."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_COCOA = """| 5 March 2025, Wednesday |

Ghana cocoa prices climb

Farmgate cocoa prices in Ashanti rose to 52 cedis a kilogram this month, compared with 30 cedis a year ago, benefiting about 1.2 million farmers who depend on cocoa for their livelihood.

The Cocoa Board said on Tuesday it would plant 8 million seedlings next year.
"""


def test_relying_on_a_crop_for_a_living_is_depending_on_it_for_a_livelihood() -> None:
    # "rely" ends the counted noun ("farmers"), and relying / a living are depending / a livelihood
    expect(answered(_COCOA, "how many farmers rely on cocoa to make a living"), "1.2 million")


_ARRIVALS = """| 5 March 2025, Wednesday |

Japanese visitors flock to Vietnam

The Vietnam National Authority of Tourism said Japanese arrivals jumped 40% in the first nine months of the year to 520,000, and it signed an agreement with an Osaka travel agency to promote Ha Long Bay to Japanese families.

Flights between Hanoi and Tokyo will rise to 30 a week from March.
"""


def test_a_nation_asked_by_its_adjective_is_its_people_not_the_end() -> None:
    # "to Japanese families" is no journey to Japan, the other end of "came to vietnam"
    expect(answered(_ARRIVALS, "how many japanese tourists came to vietnam in the first 9 months"), "520,000")
