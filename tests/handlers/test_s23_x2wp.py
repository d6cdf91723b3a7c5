"""Who heads a body the story never calls a company by name: a lead opening on the body described
by a place's possessive, and a chief quoted in a paragraph whose next sentence says "the company"."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SMELTER = """| 14 November 2024, Thursday |

Icelandic smelter signs power deal

Karlsfjordur Aluminium, Iceland's third-largest aluminium smelter, has signed a 10-year power contract with state-owned energy company Orkuvirki, the two companies said on Wednesday.

Under the deal, Orkuvirki will supply 300 megawatts of power to the smelter from January 2026.

"This agreement gives us the certainty we need to invest," Chief Executive Baldur Einarsson told reporters in Reykjavik.
"""


def test_a_place_owning_the_description_after_a_comma_leaves_the_body_no_place() -> None:
    expect(answered(_SMELTER, "who runs karlsfjordur aluminium"), "Baldur Einarsson")


_ALLOYS = """| 14 October 2025, Tuesday |

Armenian alloy exports climb on Chinese demand

Armenia's exports of ferroalloys rose 12% in the first nine months to 300 million dollars, official data showed on Monday.

The gains came despite a long row over power costs. Ararat Alloys, the country's largest electricity consumer, says a tariff increase raised its power bill by about 20%.

"Electricity makes up roughly 40% of our costs," chief executive Aram Petrosyan told Reuters in Yerevan on Monday. He said the company had idled two of its five furnaces in April.
"""


def test_a_chief_quoted_for_the_company_the_paragraph_before_opens_a_sentence_on() -> None:
    expect(answered(_ALLOYS, "who runs ararat alloys"), "Aram Petrosyan")
