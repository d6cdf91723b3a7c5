"""Dialog follow-ups and typo-laden questions: general rules met on the held-out sets."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FUND = """| 13 August 2025, Wednesday |

Pension fund posts first-half gain

The Aldoria pension fund returned 5.1% in the first six months of 2025, its manager said on Wednesday.

Equities, which made up 60.5% of the portfolio, returned 7.3%, while fixed-income investments, at 35.2%, gained 2.8%.
"""


def test_bonds_are_a_portfolios_fixed_income() -> None:
    expect(answered(_FUND, "how much did bonds retrun in the frist half"), "2.8")


_EXPORTER = """| 5 November 2025, Wednesday |

Coffee exporters turn to Egypt

Coffee exports from Veloria rose 12% in the first nine months, the trade ministry said on Tuesday.

Nusa Kopi Lestari, the country's largest private coffee exporter, said it had signed supply contracts with two roasters in Milan.

"Demand has been growing because younger consumers are switching to instant coffee," said chief executive Rina Hartono, adding that the company expects its exports to rise next year.
"""


def test_a_speaking_verb_before_a_post_is_no_part_of_it() -> None:
    expect(answered(_EXPORTER, "who runs Nusa Kopi Lestari?"), "Rina Hartono")


_CROSSING = """| 12 May 2025, Monday |

Veloria's trade with Nordia through mountain pass picks up

Goods worth 18.4 billion rupees ($138 million) entered Veloria through the Karsha checkpoint between July and April, the customs department said on Monday.

Exports to Nordia through the crossing were just 0.9 billion rupees, mostly carpets and herbs.

Karsha now handles 44% of Veloria's overland trade with Nordia, up from 31% a year earlier.
"""


def test_what_came_in_is_what_entered() -> None:
    expect(answered(_CROSSING, "how much stuff came in from nordia thru karsha"), "18.4")
