"""Fresh phrasings of questions the article cannot answer: a rate written out that only a level reached meets, a clause of when, a name asked of a description, who led a thing unnamed, a place by one word of many."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FERRY = """| 3 March 2025, Monday |

Baltic ferry line carries record freight as new route opens

Freight carried by the Nordline ferry company between Tallinn and Helsinki rose to 2.4 million tonnes in February, the company said on Monday.

Passenger numbers on the route climbed 12% from a year earlier to 610,000, it said.

The company's chief executive, Mari Tamm, said a new route to Stockholm would open in May.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("by what % did freight rise in february?", None),  # only the level reached is given
    ("by what percent did freight rise in february?", None),
    ("by what % did passenger numbers climb?", "12%"),
    ("by what percent did passenger numbers climb?", "12%"),
])
def test_a_rate_written_out_is_no_level_reached(question: str, expected: str | None) -> None:
    expect(answered(_FERRY, question), expected)


_TALKS = """| 3 March 2025, Monday |

Finnish and Estonian ministers meet in Tallinn

The talks in Tallinn follow a meeting between Finnish Prime Minister Petteri Orpo and Estonian Prime Minister Kristen Michal last month in Helsinki.

Freight companies from both countries signed 14 agreements on rail links at the forum, the Estonian economy ministry said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a clause of when it happened: what was agreed is asked, not when they met
    ("what did orpo and michal agree on when they met in helsinki", None),
    ("what did orpo n michal discuss when they met?", None),
    ("what did the freight companies sign when they met at the forum", "14 agreements"),
    ("when did orpo and michal meet?", "Last month ("),
])
def test_a_clause_of_when_asks_no_time(question: str, expected: str | None) -> None:
    expect(answered(_TALKS, question), expected)


_FORUM = """| 3 March 2025, Monday |

Estonian rail freight rises as forum opens in Tartu

Rail freight in Estonia rose 8% in February, the state rail operator Operail said on Monday.

The forum in Tartu, the country's second city, drew about 300 logistics firms, Estonia's national broadcaster reported.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a description is no name: "Estonia's national broadcaster" names none
    ("whats the name of the estonian national broadcaster that reported the forum", None),
    ("what is the forum in tartu actually called", None),
    ("what's the name of the state rail operator?", "Operail"),
])
def test_a_description_is_no_name(question: str, expected: str | None) -> None:
    expect(answered(_FORUM, question), expected)


_TRADE_FAIR = """| 3 March 2025, Monday |

Polish firms sign deals at Lviv trade fair

The fair in Lviv follows a meeting between Polish President Andrzej Duda and Ukrainian President Volodymyr Zelenskiy last week in Kyiv.

The fair was attended by Polish local officials and about 200 Ukrainian companies.

The Polish trade mission was led by deputy minister Anna Nowak, the ministry said.

Orders for farm machinery doubled, said Piotr Lis, president of Agromet's Ukrainian unit.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a president leads a country, not the delegation asked of
    ("who headed the ukrainian delegation at the fair?", None),
    ("who led the ukrainian delegation at the fair", None),
    ("who led the polish trade mission?", "Anna Nowak"),
    ("who runs agromet's ukrainian business", "Piotr Lis"),  # a firm's part goes by its name
])
def test_who_led_names_what_was_led(question: str, expected: str | None) -> None:
    expect(answered(_TRADE_FAIR, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # "headed" meets "President" only: nothing of the truck's trip is in the sentence naming Lviv
    ("which polish city was the first truck from the lviv depot headed to", None),
    ("where was the fair in lviv held?", "Lviv"),
])
def test_a_place_by_one_word_of_many_is_none(question: str, expected: str | None) -> None:
    expect(answered(_TRADE_FAIR, question), expected)
