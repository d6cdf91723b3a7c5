"""Follow-ups and near misses over fresh phrasings: a move's cause the article never gives, "what about X?" after a figure, "where's that?" after a place, a bare "where?" after who, and where a thing went rather than where it stood or a route's name."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_PORTS = """| 3 March 2025, Monday |

Estonian and Finnish firms sign port deals in Tallinn

Estonia has urged increased cross-border links with Finland and deeper cooperation despite objections from Latvia after the ferry strike last year.

Tallinn's outbound shipments to Finland soared 41.5% in the first nine months from a year earlier to 2.6 billion euros.

Passenger traffic at the port fell 6% in February because of storms in the Baltic.

Cargo revenue rose 9% in February, with higher fuel surcharges lifting prices.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the move is stated, its cause never: "increased links ... after the ferry strike" explains no jump
    ("why did tallinn shipments to finland jump so much", None),
    ("why did tallinn's shipments to finland soar?", None),
    ("why did passenger traffic at the port fall?", "storms"),
    ("why did cargo revenue rise?", "fuel surcharges"),  # a cause told with no cue word
])
def test_a_move_stated_without_a_cause(question: str, expected: str | None) -> None:
    expect(answered(_PORTS, question), expected)


_FIRMS = """| 3 March 2025, Monday |

Finnish firms flock to Estonia

In January to September, 40 Finnish firms set up businesses in Tartu, Estonia's national broadcaster reported on Monday.

Estonia has urged closer links with the provinces of Tartu, Parnu and Narva, the ministry said.

In the same period 12 Finnish firms set up businesses in Narva.
"""


@pytest.mark.parametrize(("follow_up", "expected"), [
    # "what about X?" asks the last question again, for X: Parnu is only named in a list
    ("what about parnu", None),
    ("what about narva?", "12"),
    ("how about parnu?", None),
])
def test_what_about_asks_the_last_question_again(follow_up: str, expected: str | None) -> None:
    expect(dialog(_FIRMS, "number of finnish firms that set up shop in tartu", follow_up), expected)


_FAIR = """| 3 March 2025, Monday |

Polish firms sign deals at Ukrainian fair

The fair in Lviv, the largest city of western Ukraine, follows a meeting between Polish President Andrzej Duda and Ukrainian President Volodymyr Zelenskiy last week in Kyiv. The fair was attended by Polish local government officials, business leaders and about 200 Ukrainian companies.
"""


@pytest.mark.parametrize(("follow_up", "expected"), [
    # "that" is the place just answered, asked where it is
    ("where's that", "western Ukraine"),
    ("where is that?", "western Ukraine"),
])
def test_where_is_that_after_a_place(follow_up: str, expected: str) -> None:
    expect(dialog(_FAIR, "what city hosted the poland ukraine business meet", follow_up), expected)


def test_a_bare_where_after_who_asks_of_the_one_answered() -> None:
    # where Duda met Zelenskiy, not where the fair in the same sentence is
    expect(dialog(_FAIR, "who did duda have talks with last wk", "where?"), "Kyiv")


_HUB = """| 3 March 2025, Monday |

Polish rail hub opens

In March, a new cargo hub for Poland-Asia freight trains was put into operation in Lodz, with a train carrying 40 containers departing for Kazakhstan to mark the hub's inauguration.
"""


def test_a_pair_of_places_is_no_destination() -> None:
    # "Poland-Asia freight trains" names a route; the train departed for Kazakhstan
    expect(dialog(_HUB, "when did lodz get its new cargo hub", "and where was the first train going?"), "Kazakhstan")


@pytest.mark.parametrize(("question", "expected"), [
    # where it went is told (Kazakhstan, asked); Lodz is where it stood, Poland-Asia a route's name
    ("which kazakh city was the 40 container train headed to", None),
    ("where was the 40 container train headed?", "Kazakhstan"),
])
def test_where_it_stood_is_not_where_it_went(question: str, expected: str | None) -> None:
    expect(answered(_HUB, question), expected)
