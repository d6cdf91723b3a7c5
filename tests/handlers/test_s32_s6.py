"""Rules of session 32's s6 wave, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RESULTS = """| 30 October 2025, Thursday |

Veltora profit jumps on strong demand for its pumps

Swiss pump maker Veltora posted a 15% rise in third-quarter net profit on Thursday, as demand in the United States and Asia offset weaker orders at home.

Net profit rose to 410 million francs in the three months to September from 356 million francs a year earlier, the company said. Revenue climbed 8% to 2.7 billion francs, ahead of analysts' forecasts.

Service sales brought in 410 million francs in the quarter, the highest of the year.

Sales of spare parts came to 300 million francs in the quarter, a record for the year.

Sales to utilities were 500 million francs in the quarter, the most in a year.

Sales of valves stood at 150 million francs in the third quarter of the year.

Sales of meters were 90 million francs in the quarter, the lowest this year.

Sales in the quarter were helped by a weaker franc, as the company booked 70 million francs of currency gains over the year.
"""


def test_a_rate_of_the_measure_asked_works_back_a_year_earlier_level_though_it_says_no_year() -> None:
    reply = answered(_RESULTS, "What was Veltora's revenue in the same quarter last year?")
    expect(reply, "2.7 billion francs ÷ 1.08")


_REGIONS = """| 12 March 2026, Thursday |

Chile's monthly inflation eases to 0.4%

Chile's consumer prices rose 0.4% in February from January, the statistics institute said on Wednesday.

By region, inflation was highest in Antofagasta, at 0.9%, and lowest in Los Lagos, at 0.1%. Prices in Santiago rose 0.5%.
"""


def test_the_end_of_a_ranking_asked_takes_the_place_at_that_end() -> None:
    reply = answered(_REGIONS, "which region saw the least price rise")
    expect(reply, "Los Lagos")
    assert reply.text.startswith("Los Lagos")
    reply = answered(_REGIONS, "where was inflation highest")
    assert reply.text.startswith("Antofagasta"), reply.text


_PORTS = """| 14 June 2025, Saturday |

Kiwifruit exports hit a record

New Zealand's kiwifruit exports rose 12% to a record NZ$3.1 billion in the season, the exporter said on Friday.

Most of the fruit left through the Port of Napier, which loaded 30,000 refrigerated containers in the season.

Sales to the United States fell 5% due to higher freight costs.
"""


def test_a_port_of_a_town_is_a_place() -> None:
    reply = answered(_PORTS, "which port handled most of the fruit")
    expect(reply, "Napier")


def test_the_port_of_a_town_is_the_town_asked_by_its_port() -> None:
    reply = answered(_PORTS, "how many containers did napier port load")
    expect(reply, "30,000")
