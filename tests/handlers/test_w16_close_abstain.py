"""Questions close to what an article says but not answered by it: the bot says the article does
not say rather than answering from another period, measure or fact."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_CORRIDOR = """| 5 September 2025, Friday |

Corridor cargo climbs

Cargo on the northern corridor rose 40% year-on-year to 2.8 million tonnes in the first eight months of this year, the transport minister said on Wednesday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much cargo went through the northern corridor in full year 2024?", None),
    ("what was corridor cargo for the whole of last year?", None),
    ("how much cargo went through the corridor in the same months last year?", "2 million tonnes"),
])
def test_part_of_a_year_works_back_to_no_whole_year(question: str, expected: str | None) -> None:
    expect(answered(_CORRIDOR, question), expected)


_PLANT = """| 2 July 2025, Wednesday |

Carmaker to build plant in Izmir

The carmaker will build a $2 billion plant in Izmir able to make 300,000 cars a year. Rival Ardent Motors' Selin Aydin said her company welcomed the competition.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what is selin aydin's job title?", None),
    ("what's her official title?", None),
    ("what is the article's title?", "Carmaker to build plant in Izmir"),
    ("what's the title of the story?", "Carmaker to build plant in Izmir"),
])
def test_a_persons_title_is_not_the_headline(question: str, expected: str | None) -> None:
    expect(answered(_PLANT, question), expected)


_COAL = """| 5 September 2025, Friday |

Steelmaker signs coal deal

Under a five-year contract, Eastern Coal will supply 3 million tonnes of coking coal a year to Orissa Steel.

Orissa Steel's chief executive said Russian coal was being offered at a discount of about $15 a tonne.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what's the orissa coal contract worth in $?", None),
    ("what is the value of the coal deal?", None),
    ("how big is the discount on russian coal per tonne?", "$15"),
])
def test_a_price_per_tonne_is_no_deals_worth(question: str, expected: str | None) -> None:
    expect(answered(_COAL, question), expected)
