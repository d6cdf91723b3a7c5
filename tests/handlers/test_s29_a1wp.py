"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT_DEAL = """| 3 March 2025, Monday |

Chinese firm wins Tema terminal deal

A unit of China's Lianhe Port Group signed a 25-year contract on Tuesday to run a new container terminal at Tema.

"This terminal puts Tema back on the map as West Africa's main hub," Trade and Industry Minister Kwame Asante told reporters at the signing ceremony in Tema.

The Chinese group will hold a 60% stake in the operating company, with Ghana's ports authority holding the rest.
"""


def test_a_bare_ministers_post_is_the_nation_asked_of() -> None:
    expect(answered(_PORT_DEAL, "who is ghana's trade minister"), "Kwame Asante")


_TWO_MINISTERS = """| 3 March 2025, Monday |

Guinea ships more bauxite to China

Guinea shipped 92.6 million tonnes of bauxite to China in the first nine months, the mines ministry said.

China took about 74% of the West African country's total bauxite exports, Mines and Geology Minister Aboubacar Diallo said in a statement.

Chinese Commerce Minister Wang Lei said demand would keep growing.
"""


def test_a_bare_post_in_the_nations_story_is_its_own_though_another_country_leads() -> None:
    expect(answered(_TWO_MINISTERS, "who is guinea's mines minister"), "Aboubacar Diallo")


def test_a_post_another_nations_word_qualifies_is_not_the_nation_asked_of() -> None:
    expect(answered(_TWO_MINISTERS, "who is china's commerce minister"), "Wang Lei")
