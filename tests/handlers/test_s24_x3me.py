"""Figures refused as another period's, kept as general rules over small made-up stories."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_KILN = """| 12 March 2025, Wednesday |

New cement kiln starts up in Oruro

The 400 million boliviano kiln, built by Cementos Andinos, can make up to 900,000 tonnes of clinker a year.

The kiln was fired up on 14 February and was running at 45% of its design capacity by the end of the month, chief executive Ana Rojas told reporters on Monday.
"""


def test_the_end_of_the_month_is_the_month_the_sentence_named() -> None:
    expect(answered(_KILN, "what % of capacity was the kiln running at by the end of february?"), "45")


_TEA = """| 14 August 2025, Thursday |

Kenya's tea earnings climb

Kenya earned 215 billion shillings from tea exports in the fiscal year that ended on June 30, up 8% from a year earlier, the tea board said on Wednesday.
"""


def test_a_fiscal_year_just_ended_answers_this_year() -> None:
    expect(answered(_TEA, "how much did kenya earn from tea exports this year"), "215")
