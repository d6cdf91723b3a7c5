"""Figures of the flow asked: an import bill is what the imports were worth, and a flow named only
after the figure's "as"/"while" is not what the figure counts."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MANGO = """| 5 November 2025, Wednesday |

Lakeland mango sales to China climb

Lakeland's mango exports to China rose 21% in the first nine months of the year to 410 million dollars, the farm ministry said on Wednesday.

China imported $3.2 billion worth of mangoes last year, according to customs data, with Peru holding a market share of about 41% and Lakeland the third-largest supplier at 12%.
"""


def test_an_import_bill_is_what_the_imports_were_worth() -> None:
    expect(answered(_MANGO, "How big was China's mango import bill last year?"), "3.2 billion")


_CEMENT = """| 3 June 2025, Tuesday |

Lakeland cement sales climb in May

Lakeland's cement dispatches rose 8.1% from a year earlier to 5.2 million tonnes in May as exports jumped, the manufacturers' association said on Tuesday.

Domestic dispatches fell 1.4% to 3.9 million tonnes, while exports surged 61.5% to 1.3 million tonnes, the association said.
"""


def test_a_flow_named_only_after_as_is_not_what_the_figure_counts() -> None:
    expect(answered(_CEMENT, "how much cement did lakeland export in may"), "1.3 million")
    expect(answered(_CEMENT, "how much cement did lakeland dispatch in may"), "5.2 million")


_BANK = """| 12 November 2025, Wednesday |

Lakeland Savings profit rises

Lakeland Savings Bank reported a 6.2% rise in nine-month net profit to 310 million euros on Wednesday, helped by lower loan-loss provisions.

The bank had 21.4 billion euros of customer loans at the end of September, about half of them to small businesses.
"""


def test_a_loan_book_is_the_lenders_loans() -> None:
    expect(answered(_BANK, "how big is lakeland savings' loan book"), "21.4 billion")
    expect(answered(_BANK, "what's the size of the bank's loan portfolio?"), "21.4 billion")


_LNG = """| 14 October 2025, Tuesday |

Lakeland gas carriers head north

Lakeland ramps up LNG deliveries to Japan via the northern route.

The vessels delivered about 1.2 million tonnes of LNG to Japanese terminals in the third quarter, up 29% from the same period last year, port data showed.
"""


def test_a_long_string_of_keywords_naming_growth_asks_the_figure() -> None:
    expect(answered(_LNG, "lakeland lng deliveries to japan growth yoy"), "29")


_TEA = """| 14 October 2025, Monday |

Lakeland tea earnings climb

Total tea exports reached 150.4 million kg in January to September, earning 212 billion rupees, an increase of 9.3% from a year earlier, the plantation minister told reporters in the capital last week.
"""


def test_an_amount_with_no_move_is_not_the_rise_asked() -> None:
    expect(answered(_TEA, "how much did tea export revenue rise yoy"), "9.3")
    expect(answered(_TEA, "how much did tea export revenue rise to"), "212 billion")
