"""Derived questions met on this session's sets (a level worked back a year from a stated rate),
each a general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

# "licensed to sell" puts the selling in the story, so the question's word is looked for
_LAMB = """| 8 October 2025, Wednesday |

Argentina's lamb exports to Japan climb

Argentina's lamb exports to Japan rose 20% in August from a year earlier to 4,100 tonnes, official data showed on Monday.

Revenue from the shipments rose 25% to $50 million, according to the farm ministry, as the average price paid by Japanese buyers climbed to $12,200 per tonne from $11,700 a year earlier. Japan took 41% of Argentina's total lamb export volume in the month, up from 38% in August 2024.

Lamb exports to Chile fell 6% to 900 tonnes over the same month, worth $9 million.

Japan's agriculture ministry cleared 12 more Argentine lamb plants in June, bringing the number licensed to sell to Japan to 40.

The industry group forecast that lamb exports to Japan would reach a record 45,000 tonnes this year, up from 38,000 tonnes last year.

Wool prices at the Buenos Aires auction fell 4% to $8.10 per kg over the month.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # $50 million worked back over a 25% rise: $40 million a year earlier
    ("How much did Argentina earn selling lamb to Japan in August last year?", "40"),
    ("How much did Argentina earn selling lamb to Japan in August?", "50"),
])
def test_earning_by_selling_asks_the_revenue_which_need_not_say_selling(question: str, expected: str) -> None:
    expect(answered(_LAMB, question), expected)
