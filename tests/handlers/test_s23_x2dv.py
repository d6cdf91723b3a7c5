"""Derived questions of the twenty-third session: the two sides of a comparison, and a gap told
as precisely as its figures."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORK = """| 12 November 2024, Tuesday |

Chilean pork sales to Japan climb

Chile's pork exports to Japan rose 9% in the first nine months of the year to 83,000 tonnes, the ChilePork association said on Monday.

Chile is the third-largest pork supplier to Japan after Spain, which shipped 1.21 million tonnes in the period, while Mexico sent 65,000 tonnes.
"""


def test_the_name_after_than_is_set_against_the_name_standing_as_it_does() -> None:
    # Spain against Chile, not against Japan (the market both ship to), nor Mexico's tonnes
    expect(answered(_PORK, "How many more tonnes did Spain ship to Japan than Chile in the first nine months?"), "1.21 million tonnes − 83,000 tonnes")


def test_an_amount_told_of_a_place_not_asked_is_not_the_sides() -> None:
    reply = answered(_PORK, "How many more tonnes did Spain ship to Japan than Chile in the first nine months?")
    assert "65,000" not in reply.text, reply.text


_GAP = """| 5 March 2025, Wednesday |

Peruvian grape exports

Peru exported 1.37 million tonnes of table grapes last season, while Chile exported 642,000 tonnes.
"""


def test_a_gap_two_places_cannot_show_is_told_in_the_next_scale_down() -> None:
    expect(answered(_GAP, "how many more tonnes of grapes did peru export than chile"), "728,000 tonnes")


_GARMENTS = """| 6 November 2024, Wednesday |

Laos garment exports rise

Laos's garment exports rose 18% to $2.1 billion in the first ten months, the ministry said.

Garment shipments to the United States jumped 20% year-on-year to $1.2 billion, while exports to the EU grew 25% to $500 million, the ministry said.
"""


def test_us_bound_names_the_country() -> None:
    expect(answered(_GARMENTS, "what were us-bound garment exports worth a year earlier"), "$1.2 billion ÷ 1.2")


_MEAT = """| 10 October 2025, Friday |

Uruguay poultry group upbeat on China

The association expects chicken shipments to China to reach 410,000 tonnes this year, a rise of about 12%, while pork sales could recover to 90,000 tonnes, its president told Reuters.
"""


def test_this_year_vs_last_sets_no_two_names_or_two_things_against_each_other() -> None:
    reply = answered(_MEAT, "how many more tonnes of chicken does the association expect to sell china this year vs last")
    assert "320,000" not in reply.text, reply.text


_BERRIES = """| 5 December 2024, Thursday |

Chile's cherry exports hit record

Chile's fresh cherry exports jumped 25% from a year earlier to a record 50,000 tonnes in the first two months of the season, the growers' association said on Wednesday.

The value of the shipments rose 60% to 800 million dollars between November and December, its president told reporters.
"""


def test_an_export_volume_a_year_earlier_is_worked_from_tonnes_not_from_the_value() -> None:
    expect(answered(_BERRIES, "what was the export volume a year earlier"), "40,000 tonnes")
