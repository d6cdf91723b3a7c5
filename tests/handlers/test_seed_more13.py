"""Fresh phrasings of questions like the bundled article's, each over a small story of its own:
an answer of another nation than the one asked, a place asked inside another, where one came
from rather than where one went."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

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
