"""Figure questions whose wording the evidence must see past: "the dollar value of", "X-bound",
a number word that is no typo ("the first three quarters"), "three months behind"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handlers.stories import answered, expect

_TRADE = """| 12 October 2024, Saturday |

Kazakh grain shipments to China jump

Kazakhstan's exports of wheat to China rose 41% in the first nine months of the year to 2.6 billion yuan ($366 million), the customs service said on Friday.

In January to September, 28 Chinese trading firms opened offices in Astana, the trade ministry said.

Loans at least 90 days past due made up 2.4% of the state farm lender's book, up from 1.9% a year earlier.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("whats the dollar value of kazakhstan's wheat exports to china", "$366 million"),  # how to state it, no subject
    ("what was the yuan amount of kazakh wheat exports to china", "2.6 billion yuan"),
    ("by how much did kazakhstan's china-bound wheat exports rise", "41%"),  # exports to China
    ("how many chinese trading firms opened offices in astana in the first three quarters", "28"),  # no "there"
    ("how much wheat did kazakhstan export to china in the first three quarters", "2.6 billion yuan"),
    ("what share of the farm lender's loans are at least three months behind", "2.4%"),  # how late, no period
])
def test_the_figure_is_found_past_the_wording(question: str, expected: str) -> None:
    expect(answered(_TRADE, question), expected)


@pytest.mark.parametrize("question", [
    "how much wheat did kazakhstan export to china in the first two quarters",  # another span
    "by how much did kazakhstan's russia-bound wheat exports rise",  # another destination
    "whats the dollar value of kazakhstan's wheat imports from china",  # the other way
])
def test_the_same_wording_still_abstains(question: str) -> None:
    expect(answered(_TRADE, question), None)


_SEED = (Path(__file__).resolve().parents[2] / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("question", "expected"), [
    # "the dollar" is how to state it here, not the currency as a subject
    ("what's the dollar value of liaoning's exports to russia", "$5.83 billion"),
    ("what is the dollar amount of russia-china trade in september", "$21.18 billion"),
    ("by what percent did russia-bound shipments from liaoning soar", "82.3%"),  # shipments to Russia
])
def test_the_bundled_article_past_the_wording(question: str, expected: str) -> None:
    expect(answered(_SEED, question), expected)


_FAIR2 = """| 14 May 2025, Wednesday |

Polish and Lithuanian firms meet in Vilnius

The fair in Vilnius was attended by Polish officials and almost 300 Lithuanian enterprises hoping to enter the Polish market.
"""


def test_a_count_is_of_the_name_it_counts() -> None:
    # "Polish officials and almost 300 Lithuanian enterprises": the Lithuanian firms are counted
    expect(answered(_FAIR2, "how many lithuanian enterprises attended"), "300")
    expect(answered(_FAIR2, "how many polish enterprises attended"), None)
