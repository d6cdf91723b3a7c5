"""Yes or no, where the article denies what is asked in words of its own: a move it has no plans
for, a thing another body has yet to approve."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered

_SILVER = """| 18 November 2025, Tuesday |

Vandoria's silver imports jump ahead of festival season

Vandoria's silver imports jumped 38% from a year earlier to $2.1 billion in October as jewellers stocked up ahead of the festival season, trade ministry data showed on Monday.

Dealers charged a premium of up to $2 an ounce over official prices last week, inclusive of the 7% import duty and 3% sales tax.

Trade Secretary Mira Solen told reporters the rise in purchases was seasonal, adding that the government had no plans to raise the duty.

Brevik Metals said it would not pay a final dividend for 2025 and did not expect any further silver shortages.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the move asked denied ("no plans to raise"), over a sentence naming the duty with no move
        ("is the govt going to raise the import tax on silver?", "No."),
        # a word or two between "any" and the word asked ("did not expect any further silver shortages")
        ("Will there be silver shortages at Brevik Metals?", "No."),
    ],
)
def test_a_move_or_thing_the_article_denies_is_a_no(question: str, expected: str) -> None:
    result = answered(_SILVER, question)
    assert result.answered and result.text.startswith(expected), result.text


_POWER = """| 30 October 2025, Thursday |

Ostland chemical maker to cut 1,200 jobs

The economy ministry said in a statement that a subsidised industrial power price, planned from January, would help energy-intensive companies, but the European Commission has yet to approve the scheme.
"""


def test_brussels_acting_is_the_european_body_the_story_names() -> None:
    result = answered(_POWER, "has brussels ok'd the govt's cheap industrial power price yet?")
    assert result.answered and result.text.startswith("No, not yet."), result.text


_GAS = """| 21 October 2025, Tuesday |

Outage at Western Australia LNG plant lifts Asian prices

Tarrant Energy has shut two of the three liquefaction trains at its Kestrel Bay liquefied natural gas plant in Western Australia after a compressor fault, the company said on Monday.

Spot LNG prices in north Asia jumped 9.6% to $13.85 per mmBtu on Monday.

Western Australian Energy Minister Jo Pell said on Tuesday the state did not expect any domestic gas shortages, as the plant's separate domestic gas facility was not affected.
"""

_TURBINES = """| 5 November 2025, Wednesday |

Danish turbine maker Norvind cuts jobs as offshore orders dry up

Norvind's order intake fell 23% in the third quarter, the company said on Wednesday.

Onshore turbine orders rose 6% to 2,310 megawatts, while offshore orders slumped to 560 megawatts from 1,550 megawatts.
"""


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        # "run short" is a shortage, "at home" domestic, and "Western Australian" the minister of WA
        (_GAS, "is WA going to run short of gas at home because of this", "No."),
        # land-based is onshore
        (_TURBINES, "Did land-based turbine orders increase?", "Yes. Onshore turbine orders rose 6% to 2,310 megawatts"),
    ],
)
def test_everyday_words_for_the_article_s_own(article: str, question: str, expected: str) -> None:
    result = answered(article, question)
    assert result.answered and result.text.startswith(expected), result.text


_BREAD = """| 22 October 2025, Wednesday |

Ostravia's grain buyer books big wheat purchase

Supply Minister Karim Adel said the cost of producing a subsidised loaf had risen to 1.25 pounds, but that the government had no plan to raise the 20-piastre price before next year.
"""


def test_a_thing_not_done_before_next_year_is_not_done_this_year() -> None:
    result = answered(_BREAD, "is the subsidised bread price going up this year?")
    assert result.answered and result.text.startswith("No."), result.text


_WATER = """| 21 October 2025, Tuesday |

Calder Water fined 40 million pounds over sewage spills

Britain's water regulator Ofwat fined Calder Water Plc 40 million pounds on Tuesday for failing to maintain its treatment works, and the company said it would appeal.

An Ofwat investigation found that the Leeds-based company, which supplies 3.1 million people, spilled untreated sewage into rivers 9,120 times last year, up 12% from a year earlier.

Calder Water plans to invest 5.2 billion pounds in the five years to March 2030, and has earmarked 1.1 billion pounds of that to cut storm overflow spills by 40%.
"""


def test_the_company_a_regulator_speaks_of_is_the_one_the_story_is_about() -> None:
    result = answered(_WATER, "Did Calder's sewage spills go up last year?")
    assert result.answered and result.text.startswith("Yes.") and "12%" in result.text, result.text
