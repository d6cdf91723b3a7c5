"""Derived questions met on this session's sets (one arithmetic step from stated figures), each a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_CORRIDOR = """| 3 March 2025, Monday |

Zambian copper finds a faster way to China

Zambia's copper exports to China rose 9% in the first half to 410,000 tonnes, the mines ministry said.

Copper now travels by rail to the port of Lobito in Angola, and is then shipped to Tianjin, cutting the total journey to about 31 days from 44 days by truck to Dar es Salaam.

The rail operator said it plans to run 12 trains a week by June, up from 7 now.
"""


@pytest.mark.parametrize("question", ["how many days does the new rail route save on the trip to china",
                                      "how many days quicker is the lobito route than trucking to dar es salaam"])
def test_days_saved_are_the_gap_between_two_stated_durations(question: str) -> None:
    expect(answered(_CORRIDOR, question), "13 days")
