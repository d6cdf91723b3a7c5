"""Questions on the bundled article's newest sets, each a general rule over a small made-up
story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_RECORD = """| 3 March 2025, Monday |

Chile's copper shipments to China climb

In June, the biggest smelter in the north, at Antofagasta, began taking ore from Escondida from July, cutting haulage costs.

In October, copper exports from Chile to China rose to $4.6 billion, the highest since March 2021 when the new trade pact took effect, customs data showed.
"""


@pytest.mark.parametrize("question", ["chile's october exports were the biggest since when exactly", "oct exports were the largest since what date exactly"])
def test_a_since_time_answers_an_exact_start_though_its_span_holds_the_asked_month(question: str) -> None:
    expect(answered(_RECORD, question), "March 2021")


_TRADE = """| 3 March 2025, Monday |

Chile and China trade more

In October, bilateral trade between Chile and China rose to $4.6 billion, the highest since March 2021 when the new trade pact took effect, according to the data by Chilean customs earlier this month.
"""


@pytest.mark.parametrize("question", ["the oct trade number was the biggest going back to when", "the oct trade number was the biggest since when"])
def test_a_top_since_when_asks_its_start_not_when_the_number_came_out(question: str) -> None:
    expect(answered(_TRADE, question), "March 2021")
