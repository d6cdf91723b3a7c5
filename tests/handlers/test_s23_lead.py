"""Figure questions over small made-up stories: a route gone down is no fall."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ORE = """| 12 August 2025, Tuesday |

Ore shipments on Brazil's northern railway slip in July

Mining company Vale moved 9.4 million tonnes of iron ore on its Carajas railway in July, down from 10.1 million tonnes in June, the company said on Monday.
"""


def test_a_cargo_sent_down_the_line_asks_the_amount_not_a_fall() -> None:
    answer = answered(_ORE, "how many tonnes of iron ore went down the carajas railway in july")
    expect(answer, "9.4 million tonnes")
    assert "0.7" not in answer.text


def test_a_volume_that_went_down_still_asks_the_fall() -> None:
    expect(answered(_ORE, "by how many tonnes did ore shipments go down in july"), "0.7")


_MERGER = """| 3 June 2025, Tuesday |

Nordic lenders agree merger

Fjordbank agreed to buy rival Kystbank for 2.1 billion euros on Monday. It plans to cut up to 1,400 jobs, or about 9% of the combined workforce, largely through early retirement.
"""


def test_jobs_that_could_go_are_jobs_cut_not_the_workforce_worked_out() -> None:
    answer = answered(_MERGER, "How many jobs could go?")
    expect(answer, "1,400")
    assert "15,556" not in answer.text  # not 1,400 / 9%
