"""When / where / who rules of the x3wd session, each over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_DESK = """| 12 November 2024, Tuesday |

Copper smelters in Zambia raise output

Zambia's copper output rose 6% in the third quarter to 210,000 tonnes, the mines ministry said on Tuesday.

Smelters ran at full capacity after power cuts eased, said Tomas Weller, senior metals analyst at Greyfield Partners in Frankfurt.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("where is greyfield partners based", "Frankfurt"),
    ("Where is Greyfield Partners headquartered?", "Frankfurt"),
])
def test_a_place_closing_a_staff_role_after_the_body_is_its_home(question: str, expected: str) -> None:
    expect(answered(_DESK, question), expected)


_FORUM = """| 12 May 2025, Monday |

Gulf and Chinese firms sign deals at Doha forum

Qatari and Chinese companies signed 18 agreements at a business forum in Doha on Monday.

The forum drew about 900 delegates, up from 600 at last year's edition in Muscat.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("where was last years forum held", "Muscat"),
    ("where was last year's forum held?", "Muscat"),
])
def test_where_last_years_thing_asks_a_place_of_last_year(question: str, expected: str) -> None:
    expect(answered(_FORUM, question), expected)
