"""Why and yes-no questions met on the blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Rivermouth port busier as feeder trade grows

Container throughput at the port of Rivermouth rose 6.2% in 2024 to 4.1 million TEUs, the port authority said on Monday.

Feeder cargo made up 31% of the port's volumes in the year, up from 24% a year earlier, the authority said.

Norland took 40,000 tonnes of grain through the port in February, up from 52,000 tonnes a month earlier.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("did feeder cargo's share go up compared with a year ago", "Yes. Feeder cargo made up 31%"),
    ("has the share of feeder cargo gone down?", "No. Feeder cargo made up 31%"),
])
def test_a_share_asked_is_met_by_a_percentage_of_the_whole(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("Did Norland take more grain through the port than the month before?", "No. Norland took 40,000 tonnes"),
    # a month earlier is no answer to a year ago
    ("Did Norland take more grain through the port than a year ago?", "not say"),
])
def test_a_level_set_against_an_earlier_month_answers_a_month_asked(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


_MILLET = """| 3 March 2025, Monday |

Togolese millet sales to China climb

Togo's exports of millet to China rose 41% to 220,000 tonnes in 2024, the trade ministry said on Monday, making China the third-largest buyer of Togolese grain.

Kofi Mensah, an analyst at Lome Research, said demand for Togolese millet had risen because floods cut the harvest in Nigeria, China's main supplier.

Togo is courting Chinese capital because it needs to build grain silos and rural roads, the ministry said.

"Our mills need steady supplies, and Togolese millet is cheaper and closer than grain from Brazil," said Sahel Mills chief executive Ama Owusu, adding that the first cargo would leave Lome in May.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("why is china buying more togolese millet", "floods"),
    ("why are chinese mills snapping up more togolese millet?", "floods"),
])
def test_buying_more_is_more_demand(question: str, expected: str) -> None:
    expect(answered(_MILLET, question), expected)


def test_wooing_money_is_courting_capital() -> None:
    expect(answered(_MILLET, "Why is Togo trying to attract Chinese money?"), "silos")


def test_how_someone_justifies_a_deed_asks_the_reason_they_give() -> None:
    # "adding that the first cargo would leave" is more of what was said, no reason
    expect(answered(_MILLET, "How does the mills CEO justify buying Togolese millet rather than Brazilian?"), "cheaper")


def test_the_busiest_port_is_the_biggest() -> None:
    story = """| 3 March 2025, Monday |

Port of Lamu grows

Lamu handled 1.2 million TEUs last year, compared with 0.9 million in 2023, making it the busiest port on the coast.
"""
    expect(answered(story, "Is Lamu the biggest port on the coast?"), "Yes. Lamu handled")
