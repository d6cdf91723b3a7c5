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
