"""Fresh phrasings of questions like the bundled article's, each over a small story of its own:
an answer of another nation than the one asked, a place asked inside another, where one came
from rather than where one went, hitting a high as a move, a rate asked by keywords, what the
things just counted held, sitting down together as a meeting, the place in a role asked and some
everyday paraphrases (opening operations, calling a place something, where goods end up)."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_FAIR = """| 3 March 2025, Monday |

Finnish and Estonian firms sign deals in Tartu

Finnish and Estonian companies attending a regional fair in southern Estonia signed a slew of cooperation agreements, according to Estonian state media.

The fair in Tartu follows a meeting between Finnish President Alexander Stubb and Estonian President Alar Karis last week in Tallinn. The fair was attended by Finnish local government officials and about 300 Estonian companies.

In February, trade between Finland and Estonia rose to 1.2 billion euros, according to data from the Estonian Statistics Office.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # no Finnish official is named: the Estonian media are of another nation
    ("which finnish official spoke at the fair?", None),
    ("which estonian body published the trade data?", "Estonian Statistics Office"),
    ("who is the finnish president?", "Alexander Stubb"),
])
def test_the_nation_asked(question: str, expected: str | None) -> None:
    expect(answered(_FAIR, question), expected)


_ROUTE = """| 3 March 2025, Monday |

Finnish firms sign port deals

The fair in Oulu, the capital of Lapland province, follows a meeting between Finnish President Alexander Stubb and Estonian President Alar Karis last week in Helsinki.

In May, Finnish customs said the landlocked province of Kainuu would be able to use Tallinn, the biggest port in northern Estonia, to ship goods to Turku and Pori in the western Finnish province of Satakunta from June, cutting costs for Kainuu cargo.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a place asked inside another: none of Kainuu's is named; Tallinn is Estonia's, Satakunta as wide as Kainuu
    ("from which city in kainuu will the cargo set off for tallinn?", None),
    ("which city in kainuu does the cargo leave from?", None),
    ("which city in lapland hosted the fair?", "Oulu"),
    ("where in finland was the fair?", "Oulu"),
    ("which port in estonia can kainuu use?", "Tallinn"),
])
def test_a_place_inside_another(question: str, expected: str | None) -> None:
    expect(answered(_ROUTE, question), expected)


_SETTLED = """| 3 March 2025, Monday |

Finnish firms flock to Estonia

In January to September, 40 Finnish firms set up businesses in Tartu, Estonia's national broadcaster reported on Monday.

Estonia's outbound shipments to Finland rose 12% in the first nine months.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # where they set up businesses is where they went, not where in Finland they came from
    ("where are the 40 finnish firms from in finland", None),
    ("where in finland are the firms from?", None),
    ("where did the finnish firms set up businesses?", "Tartu"),
])
def test_where_from_is_not_where_they_went(question: str, expected: str | None) -> None:
    expect(answered(_SETTLED, question), expected)


_TRADE = """| 3 March 2025, Monday |

Estonian and Finnish firms sign port deals in Tallinn

Estonia has urged increased cross-border links with Finland and deeper cooperation despite objections from Latvia after the ferry strike last year.

In February, trade between Estonia and Finland surged to 2.1 billion euros, the highest since March 2019 when the ferry line opened, according to customs data.

Passenger traffic at the port fell to 40,000 in February, the lowest in a decade, because of storms in the Baltic.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # hitting a high is a rise: "surged ..., the highest since" states it and gives no cause
    ("y did estonia finland trade hit a high in february", None),
    ("why did trade reach a record high in february?", None),
    ("why did passenger traffic hit a low?", "storms"),
])
def test_hitting_a_high_is_a_move(question: str, expected: str | None) -> None:
    expect(answered(_TRADE, question), expected)


_HUB = """| 3 March 2025, Monday |

Estonian port opens rail hub

In April, a new cargo hub for Baltic freight trains was put into operation in Tartu, with a train carrying 40 wagons departing for Latvia to mark the hub's opening.

In May, a barge carrying 12 containers of timber left Parnu for Riga.

In January to June, 30 Finnish firms set up businesses in Tartu, the national broadcaster reported.

The port expects annual cargo of 2 million tonnes by 2027.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # one train's load is no yearly rate
    ("tartu hub wagons per yr", None),
    ("tartu hub wagons", "40 wagons"),
    ("port cargo per year", "2 million tonnes"),
    ("finnish firms per month in tartu", "30"),  # six months of them make one a month
])
def test_a_rate_asked_by_keywords(question: str, expected: str | None) -> None:
    expect(answered(_HUB, question), expected)


@pytest.mark.parametrize(("first", "expected"), [
    # counted, and never said what they held
    ("the first train out of the tartu hub, how many wagons", None),
    ("how many containers did the barge carry", "timber"),
])
def test_what_the_things_counted_held(first: str, expected: str | None) -> None:
    expect(dialog(_HUB, first, "what was in them?"), expected)


_TALKS = """| 3 March 2025, Monday |

Polish firms sign deals at Ukrainian fair

The fair in Lviv, the largest city of western Ukraine, follows a meeting between Polish President Andrzej Duda and Ukrainian President Volodymyr Zelenskiy last week in Kyiv.

In May, Polish customs said the landlocked region of Lublin would be able to use Odesa, the biggest port in southern Ukraine, to ship goods to Gdansk and Gdynia in the northern Polish province of Pomerania from June.
"""


def test_sitting_down_together_is_a_meeting() -> None:
    expect(answered(_TALKS, "when did duda and zelenskiy sit down together before the fair?"), "Last week")


@pytest.mark.parametrize(("question", "expected"), [
    # the place named in the role the text gives the port asked about, not the region that uses it
    ("odesa is the largest port in what region", "southern Ukraine"),
    ("lviv is the largest city in what region?", "western Ukraine"),
])
def test_the_place_in_a_role_asked(question: str, expected: str) -> None:
    expect(answered(_TALKS, question), expected)


_GATEWAY = """| 8 December 2025, Monday |

Finnish firms flock to Estonia

Prime Minister Kristen Michal visited the provinces of Narva and Tartu last week.

In January to September, 40 Finnish firms set up businesses in Tartu, Estonia's national broadcaster reported on Monday.

In April, a new cargo hub for Baltic freight trains was put into operation in Parnu, with a train carrying 40 wagons departing for Latvia to mark the hub's opening.

Narva should also become a “pivotal” gateway for Estonia's opening up in the east, Michal declared in September, saying the province ought to play an active role in safeguarding national defence, food, and energy security.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # opening operations, moving into a place: setting up businesses there
    ("hw many finnish companies opened operations in tartu jan-sep", "40"),
    ("did any finnish businesses actually move into tartu this yr?", "Yes"),
    # the thing put into operation, not the figure of its sentence
    ("what got put into operation in parnu in april?", "cargo hub"),
    # what one called a place is what one declared it
    ("who called narva a pivotal gateway?", "Kristen Michal"),
    ("what did michal call narva", "gateway"),
])
def test_everyday_paraphrases(question: str, expected: str) -> None:
    expect(answered(_GATEWAY, question), expected)


def test_where_things_end_up_is_where_they_go() -> None:
    # "end up": where the goods are shipped to, not where the port used is
    expect(dialog(_TALKS, "which ukrainian port can lublin ship thru", "and where do the goods end up?"), "Gdynia")
