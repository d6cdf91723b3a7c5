"""What and why questions whose words the article paraphrases: everyday synonyms, misread typos."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

def test_worst_affected_is_hardest_hit_and_soymeal_is_soybean_meal() -> None:
    # A short story answers by its one strike sentence anyway; the bundled one has other reasons.
    expect(answered("ar_grain", "why are soymeal and soyoil cargoes worst affected?"), "storage")


_PLANT = """| 3 March 2025, Monday |

Geothermal plant lands loans

Longonot Power has secured $486 million in loans to build a geothermal plant.

Longonot will pay a steam charge of 1.9 cents per kWh, and leftover heat will be offered to a planned industrial park for flower growers, dairy processors and textile makers.
"""


def test_spare_heat_is_leftover_heat() -> None:
    result = answered(_PLANT, "What kinds of businesses could use the spare heat?")
    expect(result, "dairy")


_GARMENTS = """| 3 March 2025, Monday |

Garment makers look beyond the U.S.

Vietnam's garment exports fell 8.4% in August.

"We are chasing orders in Canada and Japan," said the chairman of the garment association.
"""


def test_a_known_word_is_no_typo_of_a_word_only_the_lexicon_has() -> None:
    # "trying" was read as "tyring" (the lexicon knows tyres), a word no sentence has.
    query = parse_query("Which markets are garment makers trying?", stored(_GARMENTS))
    assert "trying" in query.text, query.text


_LOANS = """| 3 March 2025, Monday |

Tasman Pacific profit falls in the first half

Tasman Pacific's first-half cash profit fell 4% from a year earlier.

Home loans grew 2.8% over the half, and home loans 90 or more days past due rose to 1.21% of the portfolio from 1.08% a year earlier.
"""


def test_months_behind_on_repayments_is_how_late_no_period() -> None:
    expect(answered(_LOANS, "What proportion of mortgages are at least three months behind on repayments?"), "1.21%")


_TENOR = """| 3 March 2025, Monday |

Geothermal developer secures long loans

Longonot Power has secured $486 million in loans from four development lenders, the company said on Tuesday.

The loans carry an 18-year tenor because the project is large, said an adviser.

"Lenders were willing to go to 18 years because the steam field has already been proven," Kamau said.
"""


def test_happy_to_is_willing_to() -> None:
    expect(answered(_TENOR, "Why were lenders happy to lend?"), "proven")
