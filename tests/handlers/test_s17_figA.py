"""Figure questions that abstained though the story states the figure: the words of the question
against the figure's measured thing, its state and the sentence that says it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_HUB = """| 11 November 2025, Tuesday |

Harbour freight hub opens near Varna

A new freight hub near the Bulgarian city of Varna began operations on Tuesday, aiming to speed up cargo moving through the Black Sea ports.

The Varna Freight Park, built by state-owned Balkan Transport Group at a cost of 310 million euros, can handle up to 900,000 tonnes of cargo a year, the group said.

The park includes a bonded warehouse zone and parking for 800 trucks, and is expected to employ 2,100 people when fully operational next year.
"""


def test_jobs_a_project_will_create_are_the_people_it_will_employ() -> None:
    # "create" is no word to find; the "once" opening the clause is none either, "fully" is
    expect(answered(_HUB, "how many jobs will the freight park create once its fully running"), "2,100")


_PLANT = """| 4 March 2025, Tuesday |

Chipmaker opens plant in Penang

Orvell Microdevices opened a 5.2 billion ringgit packaging plant in Malaysia's Penang state on Tuesday.

The 30-hectare facility will employ 1,900 people at full capacity by the end of 2027, the company said. It has hired 700 workers so far.

She warned that a shortage of engineers could slow the ramp-up due to competition for staff from rival plants in Johor.

Orvell will decide by mid-2026 whether to go ahead with a planned second phase worth a further 2.1 billion ringgit, which would add 1,200 jobs.
"""


def test_fully_running_is_full_capacity() -> None:
    expect(answered(_PLANT, "how many jobs will the plant have when fully operational?"), "1,900")


def test_jobs_added_in_a_month_still_need_the_adding() -> None:
    # the rule is for what a project is to make, not an economy's change ("added in March")
    reply = answered(_PLANT, "How many jobs were added in March?")
    assert "1,900" not in reply.text


_WIND = """| 2 September 2025, Tuesday |

Britain awards record offshore wind contracts

Britain awarded contracts for 8.4 gigawatts of new offshore wind capacity in its latest auction on Tuesday.

The winning projects represent about 22 billion pounds of investment and are expected to support around 14,000 jobs during construction.
"""


def test_supposed_to_asks_ahead_so_an_expectation_answers() -> None:
    expect(answered(_WIND, "how many jobs are the new wind farms supposed to bring"), "14,000")


_COPPER = """| 12 May 2025, Monday |

Zambian miner signs offtake deals with Chinese firms

Zambia's state-owned Kafue Mining signed a copper offtake agreement with two Chinese companies at a Lusaka forum on Monday.

Zambia's copper exports jumped 12.4% year on year to $2.1 billion in January-April, according to the statistics office. China took 41% of the shipments, up from 33% a year earlier, with India the second-largest buyer.

Cobalt output fell 3% in the period.
"""


def test_a_share_of_the_bare_measure_is_of_the_one_just_named() -> None:
    expect(answered(_COPPER, "What share of Zambia's copper exports went to China?"), "41%")


def test_a_share_of_the_measure_is_not_of_another_kind() -> None:
    expect(answered(_COPPER, "What share of Zambia's cobalt exports went to China?"), None)


_SUGAR = """| 14 April 2025, Monday |

Thai sugar exports slide as drought hits cane

Thailand shipped 1.42 million tonnes of sugar in the first quarter, down 18.5% from a year earlier, commerce ministry data released on Monday showed.
"""

_CARMAKER = """| 5 November 2025, Wednesday |

Japanese carmaker cuts forecast

Operating profit for the second quarter of its fiscal year fell 27.4% from a year earlier to 186.3 billion yen, Sendai Motor said on Wednesday.
"""


def test_months_of_a_span_asked_are_the_quarter_the_sentence_names() -> None:
    expect(answered(_SUGAR, "How much sugar did Thailand ship overseas in January-March?"), "1.42 million")


def test_months_of_another_span_or_a_fiscal_quarter_still_abstain() -> None:
    expect(answered(_SUGAR, "How much sugar did Thailand ship overseas in April-June?"), None)
    expect(answered(_CARMAKER, "What was Sendai Motor's operating profit in the April-June quarter?"), None)
