"""Yes or no, as the article states it: bottom lines, things still pending, moves of a currency."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_CHEM = """| 30 October 2025, Thursday |

Ostwald Chemie to shut two plants as energy costs bite

Third-quarter sales at German chemical maker Ostwald Chemie fell 7.1% from a year earlier to 3.48 billion euros, while adjusted earnings before interest, tax, depreciation and amortisation dropped 27% to 318 million euros. Ostwald swung to a net loss of 142 million euros from a net profit of 61 million euros a year earlier.

Ostwald employs about 24,000 people worldwide.
"""

_PAY = """| 21 November 2025, Friday |

Fintech Sarvapay's IPO draws strong demand

Sarvapay's initial public offering of 31 billion rupees was subscribed 54 times on the final day of bidding, making it one of the most sought-after share sales this year.

Sarvapay's revenue rose 38% to 21.2 billion rupees in the fiscal year that ended in March, and it swung to a net profit of 1.62 billion rupees from a loss of 0.94 billion rupees a year earlier.
"""


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        # the net loss, not the sales and "earnings before interest" the sentence before names
        (_CHEM, "Was Ostwald profitable in the third quarter?", "No. Ostwald swung to a net loss of 142 million euros"),
        (_CHEM, "is ostwald losing money", "Yes. Ostwald swung to a net loss of 142 million euros"),
        # the result reached, not the loss it came from
        (_PAY, "Is Sarvapay actually making money?", "Yes. It swung to a net profit of 1.62 billion rupees"),
    ],
)
def test_a_bottom_line_asked_is_the_net_result_stated_with_its_figure(article: str, question: str, expected: str) -> None:
    result = answered(article, question)
    assert result.answered and result.text.startswith(expected), result.text


_PLANT = """| 22 October 2025, Wednesday |

Kenya's Menengai Power secures $300 million for geothermal plant

Construction is due to start in January, with the first unit expected to come online in 2027. A construction contract with a consortium led by Italy's Fabbri Impianti is still being negotiated and is expected to be signed next month.

The energy ministry said a subsidised tariff for industrial users, planned from January, would help manufacturers, but the energy regulator has yet to approve the tariff.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "still being negotiated", "expected to be signed": not yet signed
        ("Has the construction contract been signed already?", "No, not yet. A construction contract"),
        # "has yet to approve": not yet approved
        ("has the regulator approved the industrial tariff yet?", "No, not yet."),
    ],
)
def test_a_thing_still_negotiated_or_yet_to_be_approved_is_not_done(question: str, expected: str) -> None:
    result = answered(_PLANT, question)
    assert result.answered and result.text.startswith(expected), result.text


_PESO = """| 6 February 2025, Thursday |

Colombian coffee exporters squeezed by strong peso

"Every dollar we earn is worth fewer pesos while wages and freight keep going up," said exporter Ana Ruiz.

The peso has gained 6.1% against the dollar since the start of last month and closed at 4,080 per dollar on Wednesday, its strongest level since August.
"""

_FRANC = """| 19 June 2025, Thursday |

Swiss central bank cuts rates to zero

The franc weakened 0.5% to 0.9310 per euro after the announcement, but stayed close to its record high.
"""


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        # a currency asked weaker is one asked to fall: it gained
        (_PESO, "Is the peso getting weaker against the dollar?", "No. The peso has gained 6.1%"),
        (_PESO, "is the peso getting stronger", "Yes. The peso has gained 6.1%"),
        (_FRANC, "did the franc get stronger after the decision?", "No. The franc weakened 0.5%"),
    ],
)
def test_a_currency_asked_stronger_or_weaker_is_asked_its_move(article: str, question: str, expected: str) -> None:
    result = answered(article, question)
    assert result.answered and result.text.startswith(expected), result.text


_SHIFTS = """| 6 September 2025, Saturday |

Vietnam garment makers cut shifts as U.S. tariff bites

Hanoi-based garment maker Song Hong Textile has cut its workforce by 720 to 5,380 since July and halted two of its six production lines.

The average price of a home in Hanoi rose to 3.2 billion dong, up 4% from a year earlier and the fastest annual growth since March.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a cut since July works back to July's workforce, not last year's
        ("How many workers did Song Hong Textile employ this time last year?", None),
        # a year-on-year rise still works back, whatever was the fastest since March
        ("What was the average home price in Hanoi a year ago?", "About 3.08 billion dong"),
    ],
)
def test_a_move_since_a_month_works_back_to_no_level_a_year_ago(question: str, expected: str | None) -> None:
    expect(answered(_SHIFTS, question), expected)


def test_a_days_move_on_news_works_back_to_no_rate_a_year_ago() -> None:
    expect(answered(_FRANC, "what was the euro franc rate a year ago"), None)


_TEA = """| 14 October 2025, Tuesday |

Kenya tea earnings rise on weaker shilling

Kenya earned 121.4 billion shillings from tea exports in the first nine months of 2025, up 8.7% from a year earlier, the Tea Board of Kenya said. Export volumes slipped 2.6% to 398.1 million kg over the same period.
"""


def test_more_by_volume_is_answered_by_the_volume_not_the_earnings() -> None:
    result = answered(_TEA, "Did Kenya ship more tea by volume this year?")
    assert result.answered and result.text.startswith("No. Export volumes slipped 2.6%"), result.text
