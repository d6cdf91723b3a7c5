"""When-questions of this session: the right event's date, told of a thing by what it is."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 14 May 2025, Wednesday |

Nepal's trade with China rises as new border port opens

Nepal's imports from China rose 12% in the first four months of the year to 98 billion rupees, the customs department said on Tuesday.

Transport Minister Hari Thapa on Monday inaugurated the 2 billion rupee Korala dry port in Mustang district, which can handle up to 90 containers a day.

Since trial operations began in February, the port has received 1,200 containers from China, its operator said.
"""


def test_a_site_named_goes_on_as_the_port() -> None:
    # "the Korala dry port ... the port has received": the trial runs were the Korala port's
    expect(answered(_PORT, "when did korala start trial runs"), "February")


_MINISTERS = """| 19 March 2025, Wednesday |

Chile wins approval for more fruit packers

Chile expects its cherry shipments to China to rise after Beijing approved 12 more packing houses, Agriculture Minister Rosa Vidal said on Monday.

Economy Minister Pablo Reyes said on Tuesday the approvals followed a protocol signed in Beijing in November.
"""


def test_ag_before_an_office_is_agriculture() -> None:
    # "the ag minister" is the Agriculture Minister, not the economy minister who spoke a day later
    expect(answered(_MINISTERS, "When did the ag minister announce the approvals?"), "Monday")


_FIRMS = """| 9 December 2023, Saturday |

Russian firms flock to Heilongjiang

In January to October, 35 Russian firms set up businesses in Heilongjiang, the provincial commerce bureau said on Friday.
"""


def test_the_period_of_a_count_is_asked_not_the_count() -> None:
    # "what period does the count of ... cover" asks the span of the count, no count of periods
    expect(answered(_FIRMS, "what period does the count of new russian firms in heilongjiang cover"), "January to October")

