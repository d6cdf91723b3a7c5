"""When, where and who over small made-up stories: a nation's adjective, a shortened body word, and
what a function word before a measure is not."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_POWER = """| 14 November 2024, Thursday |

Laos sells more power to Thailand

Laos sold 20% more electricity to Thailand in the first nine months of the year, its energy minister said on Wednesday.

Electricity exports reached 9,100 gigawatt-hours between January and September, Energy Minister Bounmy Sisavath told parliament in Vientiane.

The 300-km Lao section of a new power line, running from Vientiane to the Thai border, is expected to cost 4.2 trillion kip.

Landlocked Laos wants the line because its exporters rely on Thai ports, where moving a container costs about $1,500.

"We need dollars," said Daniel Ruiz, chairman of the Vientiane Timber Traders' Association.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "Lao" is the country's adjective, as "Laotian" is: Laos's minister
    ("who is the lao energy minister", "Bounmy"),
    ("who is the laos energy minister", "Bounmy"),
])
def test_a_nations_adjective_names_the_nation(question: str, expected: str) -> None:
    expect(answered(_POWER, question), expected)


def test_a_shortened_body_word_is_the_body() -> None:
    expect(answered(_POWER, "who heads the vientiane timber traders assoc"), "Ruiz")


@pytest.mark.parametrize("question", ["how much is the lao stretch going to cost", "how much is the laos stretch going to cost"])
def test_a_function_word_before_the_measure_is_no_kind_of_it(question: str) -> None:
    # "is expected to cost": "to" is no kind of cost that the question left out
    expect(answered(_POWER, question), "4.2 trillion kip")


_STEEL = """| 14 November 2024, Thursday |

Serbian steel mill eyes new rail route

Under a new deal, a rail route from the Smederevo mill to the Montenegrin port of Bar will be tested from January, the company said on Tuesday.

Severnaya's investment totals 6.68 billion bolivianos ($960 million), while the two firms committed to invest a combined $1.97 billion, the minister said.
"""


def test_a_nations_adjective_places_the_port() -> None:
    # "the Montenegrin port of Bar" is in Montenegro
    expect(answered(_STEEL, "When is the rail route to Montenegro due to be tested?"), "January")


def test_a_currency_asked_after_in_is_the_one_answered() -> None:
    # with "to invest" no longer a kind of investment, the dollar total must lose by its currency
    expect(answered(_STEEL, "how much is severnaya putting in in bolivianos"), "6.68 billion bolivianos")
