"""Why and yes-no questions of the 19th session's second wave, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_WOOL = """| 14 January 2025, Tuesday |

Uruguay's wool exports climb

Uruguay exported 61,000 tonnes of wool last year, up 4% from 2023, the agriculture ministry said on Monday.

Germany remained the biggest buyer in Europe, taking 8.1 million kg compared with 8.7 million kg in 2023, while France was second at 2.2 million kg.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("did germany take less wool than in 2023", "Yes. Germany"),
    ("did germany take more wool than in 2023?", "No. Germany"),
])
def test_than_a_named_year_sets_against_that_years_level(question: str, expected: str) -> None:
    reply = answered(_WOOL, question)
    expect(reply, expected)
    assert "8.7 million" in reply.text, reply.text


_BRIDGE = """| 3 March 2025, Tuesday |

Serbia opens Danube bridge

Serbia opened a new road bridge over the Danube at Novi Sad on Monday, after four years of construction.

The project was delayed by about a year because flooding damaged the pillars in 2022, Serbian Construction Minister Dragan Petrovic said.

The government will provide 2.1 billion dinars in state aid for the project, the ministry said.
"""


@pytest.mark.parametrize("question", [
    # "Construction" of "Serbian Construction Minister" is his portfolio, no body the question names
    "why was construction held up",
    "why was construction delayed?",
])
def test_a_ministers_portfolio_is_no_body_named(question: str) -> None:
    expect(answered(_BRIDGE, question), "flooding")


def test_subsidising_is_giving_state_aid() -> None:
    expect(answered(_BRIDGE, "is the govt subsidising the project"), "2.1 billion")
