"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BUYER = """| 3 March 2025, Monday |

Peru's quinoa exports jump as Korean buyer signs 50,000-tonne deal

Hanbit Foods Corp signed a deal last week in Lima to buy 50,000 tonnes of Peruvian quinoa over three years, the exporters' association said.

Peru's quinoa exports rose 9% last year to 61,000 tonnes, with the United States the biggest market.

Park Min-jun, chief executive of Hanbit Foods, said the grain would be shipped from Callao to Busan.
"""


def test_the_ceo_of_the_story_body_called_by_a_described_noun_is_its_chief_executive() -> None:
    expect(answered(_BUYER, "Who is the CEO of the Korean buyer?"), "Park Min-jun")


_MILL = """| 3 March 2025, Monday |

Coconut oil mills run flat out as prices climb

Eastern Palm Mills Corp said last week it would add a night shift at its plant in Tacloban, raising capacity by 10% to 500 tonnes a day.

Coconut oil prices rose 12% in October, the trade association said.
"""


def test_a_capitalised_name_with_one_letter_slipped_into_an_english_word_is_still_the_name() -> None:
    expect(answered(_MILL, "where is the Eastern Palm Mils factory"), "Tacloban")


_CROSSING = """| 3 March 2025, Monday |

Zambian fertiliser plant eyes exports

Tembo Chemicals plans to export about a third of the plant's urea to Tanzania and Malawi, its chairman said.

Shipments to Tanzania will cross at Tunduma, the busiest border post on the corridor, while cargo for Malawi will go by road via Mchinji.
"""


def test_what_border_crossing_asks_a_place() -> None:
    expect(answered(_CROSSING, "What border crossing will urea shipments to Tanzania use?"), "Tunduma")
