"""Misspelt, phone-typed questions: typos of the article's words, read as those words."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PARCELS = """| 3 March 2025, Monday |

Filipino families send more gift parcels home

Freight forwarders shipped about 1.4 million boxes to the Philippines in November, up 9% from a year earlier, their association said on Monday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many boxs in november", "1.4 million"),  # "boxs" is no plural the lexicon makes of "box"
    ("how many boxes in november", "1.4 million"),
])
def test_a_plural_in_es_typed_with_s(question: str, expected: str | None) -> None:
    expect(answered(_PARCELS, question), expected)


_WHEAT = """| 3 March 2025, Monday |

Ukrainian wheat prices rise as Black Sea attacks mount

Ukrainian wheat with 11.5% protein was offered at a price of $232 a tonne free on board this week, up from $226 a week earlier, traders said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("wats the fob prise for ukrane wheat", "$232"),  # "prise": the price, a soft "c" spelt as it sounds
    ("whats the wheat price", "$232"),
])
def test_a_soft_c_spelt_s(question: str, expected: str | None) -> None:
    expect(answered(_WHEAT, question), expected)


_GOLD = """| 3 March 2025, Monday |

Ghana's gold export earnings soar

Gold shipments climbed 12.4% to 3.46 million fine ounces in January-September, while the average realised price rose to $3,358 an ounce from $2,340 a year earlier, central bank data showed.

Consumer price inflation slowed to 9.4% in September.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the seller's realised price of the story's gold is the gold price asked, no other kind of price
    ("avrage gold prise per ounse", "$3,358"),
    ("average gold price per ounce", "$3,358"),
])
def test_a_realised_price_is_the_goods_price(question: str, expected: str | None) -> None:
    expect(answered(_GOLD, question), expected)


_NICKEL = """| 3 March 2025, Monday |

Indonesia opens new nickel plant

Three-month nickel on the London Metal Exchange rose 1.8% to $15,240 a tonne on Tuesday.

The new plant is run by PT Sulawesi Prima Nikel and employs 4,200 people.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "nikel" is written only inside the plant owner's name: typed alone, it is the article's nickel
    ("lme nikel price on tuesday", "$15,240"),
    ("how many people does prima nikel employ", "4,200"),  # the name, asked by more of its words
])
def test_a_slip_that_is_a_word_of_a_longer_name(question: str, expected: str | None) -> None:
    expect(answered(_NICKEL, question), expected)
