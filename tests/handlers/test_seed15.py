"""Questions over the bundled article's kind of story, written the ways users type them: everyday
words for an event ("meetup", "who went to the summit?"), where goods end up after a port on the way."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Polish and Czech firms sign supply deals at border fair

Polish and Czech companies attending a trade fair in Wroclaw signed 30 supply agreements, the organisers said.

The fair was attended by regional officials, bankers and about 300 exhibitors from both countries.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("which city hosted the polish-czech meetup?", "Wroclaw"),  # a "meetup" is the fair
])
def test_a_meetup_is_an_event(question: str, expected: str) -> None:
    expect(answered(_FAIR, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("who else went to the wroclaw fair?", "bankers"),  # went to a gathering: attended it
    ("who came to the fair", "bankers"),
    ("who else was at the fair? give me the list", "bankers"),  # the list asked is no word to find
])
def test_who_went_to_a_gathering_attended_it(question: str, expected: str) -> None:
    expect(answered(_FAIR, question), expected)


_ROUTE = """| 3 March 2025, Monday |

Landlocked farm state gets a cheaper route to the coast

In May, Brazilian customs said the landlocked state of Mato Grosso would be able to use Rosario, the biggest port in northern Argentina, to ship soy to Santos and Itajai in the southern Brazilian state of Santa Catarina from June, cutting costs for Mato Grosso cargo bound for southern Brazil.

Soy exports from the state rose 12% last year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "where in Brazil": a town "in the southern Brazilian state of Santa Catarina" is in Brazil
    ("where in brazil will mato grosso's soy end up after going via the argentine port", "Santos"),
    ("where will the mato grosso cargo end up after going thru the argentine port", "Santos"),
    # of two places gone to, the towns say more than "southern Brazil"
    ("mato grosso cargo going via rosario ends up where?", "Santos"),
])
def test_where_goods_end_up_after_a_port_on_the_way(question: str, expected: str) -> None:
    expect(answered(_ROUTE, question), expected)


@pytest.mark.parametrize("question", [
    "where will the mato grosso cargo end up after going via the port in argentina",
    "where does mato grosso cargo end up after going via the biggest port in northern argentina",
])
def test_the_port_gone_through_is_not_where_goods_end_up(question: str) -> None:
    reply = answered(_ROUTE, question)
    assert reply.answered and not reply.text.startswith("Rosario"), reply.text


_TALKS = """| 3 March 2025, Monday |

Polish and German firms sign supply deals at border fair

The fair in Gdansk follows a meeting between German Chancellor Olaf Scholz and Polish President Andrzej Duda last week in Warsaw.

About 300 exhibitors attended the fair.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "in Warsaw" is in Poland, asked by its demonym: no visit elsewhere
    ("when did the polish president and the german chancellor meet", "Last week"),
    ("when did the polish president meet the german chancellor?", "Last week"),
])
def test_a_meeting_in_the_capital_of_a_country_asked(question: str, expected: str) -> None:
    expect(answered(_TALKS, question), expected)


_PRESIDENTS = """| 3 March 2025, Monday |

Polish and German firms sign supply deals at border fair

The fair in Gdansk, the capital of Pomerania province, follows a meeting between German President Frank-Walter Steinmeier and Polish President Andrzej Duda last week in Warsaw.

About 300 exhibitors attended the fair.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the presidents asked by their title are the ones the sentence names, met "in Warsaw"
    ("in which city did the presidents have their talks", "Warsaw"),
    ("in which city did the two presidents have their talks beforehand", "Warsaw"),
])
def test_where_people_asked_by_title_met(question: str, expected: str) -> None:
    expect(answered(_PRESIDENTS, question), expected)


_STANCE = """| 3 March 2025, Monday |

Serbia deepens trade ties with China

Serbia has pushed for closer trade ties with China despite criticism from the European Union, with exports to China rising 20% last year.

Serbian officials signed 12 agreements in Belgrade on Friday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # how one feels about a thing is the stance the text gives: "despite criticism from the EU"
    ("how does the EU feel about all this", "criticism"),
    ("how does the european union feel about it?", "criticism"),
])
def test_how_someone_feels_is_their_stance(question: str, expected: str) -> None:
    expect(answered(_STANCE, question), expected)
