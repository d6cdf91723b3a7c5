"""Yes-no questions met on wave l5's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_COFFEE = """| 3 March 2025, Monday |

Ugandan coffee prices firm as Asian buyers return

KAMPALA, March 3 (Reuters) - Uganda's coffee exports rose 12% in January from a year earlier, the coffee authority said on Monday.

Ugandan robusta was quoted at $4,100-$4,150 a tonne on Friday, down from around $4,300 last month but still about 15% higher than a year earlier, traders said.

Coffee output in the January-February period rose 4.1% from a year earlier to 1.2 million bags, the authority said.

Benchmark robusta futures in London traded near $5,200 a tonne, up about 35% since the start of the year on tight supplies from Vietnam.
"""


def test_cheaper_than_a_year_ago_reads_the_move_since_a_year_earlier_not_last_month() -> None:
    reply = answered(_COFFEE, "is ugandan robusta cheaper than a yr ago")
    expect(reply, "15% higher than a year earlier")
    assert reply.text.startswith("No")


def test_a_rise_since_january_is_one_since_the_start_of_the_year_not_a_year_on_year_one() -> None:
    reply = answered(_COFFEE, "is coffee up more than 30 pct since january?")
    expect(reply, "35%")
    assert reply.text.startswith("Yes")


_MINES = """| 14 August 2024, Wednesday |

Tanzania opens gold refinery in Geita

GEITA, Aug 14 (Reuters) - Tanzania opened a gold refinery in Geita on Tuesday, the minerals ministry said.

The gold refinery can process 400 kilograms of gold a day, the ministry said.

Gold accounts for about 45% of Tanzania's export earnings, the central bank said.

Small-scale miners produced about 40% of Tanzania's gold last year, according to the Mining Commission. Total output rose 6% to 62 tonnes in 2023 from a year earlier.

Gold buyers said the refinery would cut their costs.
"""


def test_a_total_output_in_a_paragraph_on_the_story_subject_is_that_subjects_and_top_is_a_bound() -> None:
    reply = answered(_MINES, "did tz gold output top 60 tonnes last yr")
    expect(reply, "62 tonnes")
    assert reply.text.startswith("Yes")


_REFINERY = """| 15 October 2025, Wednesday |

Omani refinery lifts fuel exports

MUSCAT, Oct 15 (Reuters) - Oman's Duqm refinery exported 3.2 million tonnes of diesel in the first nine months, up 12% from a year earlier, the company said.

The 230,000 barrel-per-day refinery ran at an average of 205,000 bpd in the third quarter, or nearly 89% of capacity.
"""


def test_running_flat_out_is_denied_by_a_share_of_capacity_below_the_whole() -> None:
    reply = answered(_REFINERY, "is the refinery running flat out now")
    expect(reply, "89% of capacity")
    assert reply.text.startswith("No")
