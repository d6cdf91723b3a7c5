"""Rules met on the c2 wave's blind sets, each a general rule over a small made-up story."""

from __future__ import annotations

from datetime import date

from knowledge.dates import find_times
from tests.handlers.stories import answered, expect, stored

_MILL = """| 14 November 2024, Thursday |

Rattan Mills sells more mats

Rattan Mills sold 7.9 billion mats in the quarter, up from 5.6 billion mats a year earlier, the company said on Thursday.

Import duties on mats from Vietnam will rise to 30% on Jan. 1 next year under rules announced by the Office of the U.S. Trade Representative in May, the ministry said.

The Finance Ministry expects the new mill to earn about 60 billion rupiah a year in fees once it is running at full capacity.
"""


def test_a_gap_in_a_scaled_figure_has_no_trailing_zero() -> None:
    reply = answered(_MILL, "how many more mats did Rattan sell than a year ago")
    expect(reply, "2.3 billion")
    assert "2.30" not in reply.text


def test_dotted_initials_spell_an_acronym() -> None:
    assert stored(_MILL).acronym_phrase("ustr") == "u s trade representative"


def test_a_month_after_announced_by_a_body_is_the_past_one() -> None:
    text = ("Duties will rise to 30% on Jan. 1 next year under rules announced by the Office of the "
            "U.S. Trade Representative in May.")
    may = [t for t in find_times(text, date(2024, 11, 14)) if t.text == "in May"]
    assert may and may[0].label == "May 2024"


def test_what_a_body_announced_in_a_month_is_its_aside() -> None:
    expect(answered(_MILL, "what did the ustr announce in may"), "Import duties")


def test_money_a_year_is_earned_not_a_price() -> None:
    expect(answered(_MILL, "how much will the new mill earn a year"), "60 billion rupiah")
