"""Yes-no questions met on this session's sets: the answer gives the figure or fact that decides
it, each a general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_LOAN = """| 3 March 2025, Monday |

Fiji signs port loan with Chinese bank

The 12-year loan has a three-year grace period, the finance ministry said on Monday.

The port handled 41,000 containers last year, up from 36,500 in 2023.
"""


@pytest.mark.parametrize(("question", "verdict"), [("is the loan longer than 10 yrs", "Yes."),
                                                    ("is the loan repayable over 20 years", "No."),
                                                    ("is the loan shorter than 10 years", "No.")])
def test_a_stated_length_of_time_is_set_against_the_asked_one(question: str, verdict: str) -> None:
    reply = answered(_LOAN, question)
    expect(reply, "12-year")
    assert reply.text.startswith(verdict)


_TEA = """| 3 March 2025, Monday |

Kenya's tea exports to China climb

Kenya's tea exports rose 9.1% in the first half of the year to 21.4 billion shillings, the tea board said.

China took 38% of the country's tea exports by value, up from 29% a year earlier, the board said.
"""


def test_a_share_up_from_an_earlier_level_decides_more_than_half() -> None:
    reply = answered(_TEA, "did china take more than half of kenya's tea exports by value")
    expect(reply, "38%")
    assert reply.text.startswith("No."), reply.text


_ROAD = """| 3 March 2025, Monday |

Laos signs road deal with Chinese builder

Laos on Tuesday signed a $900 million deal with China Road and Bridge Corp to rebuild the 640-kilometre Route 13 highway.

Under the plan, the company will resurface 410 km of worn road and build 12 new bridges, the ministry said.
"""


def test_another_quantity_in_the_asked_unit_is_a_no() -> None:
    reply = answered(_ROAD, "is the company resurfacing the whole 640 km of road")
    expect(reply, "410 km")
    assert reply.text.startswith("No."), reply.text


_SPANS = """| 12 March 2024, Tuesday |

Widget exports climb

Widget exports from Ruritania rose 40% over the past three years to $2 billion, the trade ministry said on Tuesday.

The ministry signed a 10-year supply contract with Acme Corp, which has a two-year option to extend.
"""


@pytest.mark.parametrize(("question", "verdict"), [
    # a span stated only as a figure's period is still a length of time to compare
    ("did exports grow for over 5 years", "No."),
    ("did exports grow for more than 2 years", "Yes."),
    # "over" a span of the stated length is during it
    ("did widget exports rise over 3 years", "Yes."),
    # no sentence says "longer": the comparison asked is no word to find
    ("is the contract longer than 5 years", "Yes."),
    ("is the contract longer than 12 years", "No."),
])
def test_a_span_stated_as_a_period_or_a_length_decides_a_duration_asked(question: str, verdict: str) -> None:
    reply = answered(_SPANS, question)
    assert reply.text.startswith(verdict), reply.text
