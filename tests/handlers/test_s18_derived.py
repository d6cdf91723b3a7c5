"""Derived questions met on this session's blind sets: arithmetic on stated figures, each rule
kept over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PROVINCE = """| 12 June 2025, Thursday |

Mongolian, Chinese firms sign coal and meat deals at Changchun fair

Mongolian and Chinese companies signed 80 agreements worth a combined 20 billion yuan at a trade fair in the Chinese city of Changchun, organisers said on Thursday.

The fifth China-Mongolia Expo, which opened on Monday in the capital of Jilin province, drew about 900 exhibitors, including 200 from Mongolia, up from 150 Mongolian exhibitors at last year's event, according to the Jilin commerce department.

Jilin's trade with Mongolia rose 25% year on year to 50 billion yuan in the first five months, provincial customs said.

Overall trade between China and Mongolia, however, fell 5% to $12 billion in the same period compared with a year earlier, customs data showed.
"""


@pytest.mark.parametrize("question", [
    "What was Jilin's trade with Mongolia in the same period a year earlier?",
    "What was Jilin's trade with Mongolia in the same period a year ago?",
])
def test_same_period_a_year_earlier_is_one_time(question: str) -> None:
    # 50 / 1.25 = 40: "earlier" belongs to the time, not a word the sentence must have
    expect(answered(_PROVINCE, question), "40")


_EXPORTS = """| 8 October 2025, Wednesday |

Thai durian export earnings jump as prices soar

Thailand's durian export revenue jumped 20% in the first nine months of the year from a year earlier to $1.8 billion, the trade ministry said on Monday.

The country shipped 500,000 tonnes of durian in January to September, down 10% from the same period last year, the ministry's data showed.

China remained the largest buyer, taking 90% of total shipments.
"""


@pytest.mark.parametrize("question", [
    # "the same 9 months of last year", as "the same period last year", asks the level worked back
    "what were durian export earnings in the same 9 months of last year",
    # "year before" with no article, as "year earlier" is read
    "thailand durian export earnings year before in dollars",
])
def test_level_a_year_before_worked_back_from_its_rate(question: str) -> None:
    expect(answered(_EXPORTS, question), "1.5")  # 1.8 / 1.2


def test_unit_asked_before_what_leaves_a_figure_question() -> None:
    # "in usd, what were ...": the unit asked first, then the question of a figure
    story = _EXPORTS.replace("The country shipped 500,000 tonnes of durian in January to September, down 10% from the same period "
                             "last year, the ministry's data showed.\n\n", "")
    expect(answered(story, "in usd, what were thailand's durian export earnings in the same 9 months of 2024?"), "1.5")
