"""Figure questions answered with the wrong figure, met on this session's sets, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SAME_PERIOD = """| 17 October 2024, Thursday |

Peru's copper sales to China climb as zinc slips

Peru's exports of copper concentrate to China rose 12.1% to $9.4 billion in the first nine months of the year, official data showed on Wednesday.

Copper volumes to China climbed 8.3% to 3.12 million tonnes in the January-September period, largely because the 400,000-tonne-a-year Quellaveco mine reached full output earlier this year.

Zinc exports to China fell 4.4% to 212,300 tonnes over the same period, the mining ministry said.
"""


def test_the_same_period_is_the_one_most_figures_were_told_for() -> None:
    # "earlier this year" dates only the mine's capacity, not the figures "over the same period" follows.
    expect(answered(_SAME_PERIOD, "How many tonnes of zinc did Peru ship to China in the first 9 months?"), "212,300")


_SET_AGAINST = """| 15 October 2024, Tuesday |

Chile's wine sales to China recover

Chile's wine exports rose 9.2% to 512 million litres in the first nine months of the year, the wine board said on Tuesday.

The shipments were worth $1.12 billion in the January-September period, up from $1.05 billion a year earlier.

China took 18.5% of Chile's wine exports by volume, against 14.1% in the same period of 2023.
"""


def test_a_period_after_against_an_amount_dates_the_figure_set_against() -> None:
    # "against 14.1% in the same period of 2023" dates the old share, not the one asked for this year.
    expect(answered(_SET_AGAINST, "what pct of chiles wine exports went to china this year"), "18.5%")
