"""Derived questions met on this session's sets (one arithmetic step from stated figures), each a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_CORRIDOR = """| 3 March 2025, Monday |

Zambian copper finds a faster way to China

Zambia's copper exports to China rose 9% in the first half to 410,000 tonnes, the mines ministry said.

Copper now travels by rail to the port of Lobito in Angola, and is then shipped to Tianjin, cutting the total journey to about 31 days from 44 days by truck to Dar es Salaam.

The rail operator said it plans to run 12 trains a week by June, up from 7 now.
"""


@pytest.mark.parametrize("question", ["how many days does the new rail route save on the trip to china",
                                      "how many days quicker is the lobito route than trucking to dar es salaam"])
def test_days_saved_are_the_gap_between_two_stated_durations(question: str) -> None:
    expect(answered(_CORRIDOR, question), "13 days")


_PHARMA = """| 3 March 2025, Monday |

Turkish drugmakers ship more to Africa and the Middle East

Turkey's drugmakers increased exports to North Africa and the Middle East in the first half, an industry body said on Tuesday.

Shipments of medicines to North Africa rose 12% from a year earlier to 9.8 billion lira ($301 million) in January to June, the association said.

Exports to the Middle Eastern markets jumped 20% to $254 million over the same period, the association's data showed.

The association expects combined exports to top $1.2 billion this year.
"""


def test_two_places_combined_add_each_ones_own_amount() -> None:
    expect(answered(_PHARMA, "total drug exports to north africa and the middle east combined in the first half?"), "555")


_TEA = """| 3 March 2025, Monday |

Sri Lanka's tea and rubber growers find Chinese buyers

Black tea exports from Sri Lanka rose 8.2% in the first half of the year to 42,600 tonnes, the export board said on Tuesday.

The shipments were worth 98.4 billion rupees ($327 million), the board said. Exports of green tea, a smaller crop grown in the hills, reached 1,850 tonnes.

Rubber output fell 3% to 36,000 tonnes, the rubber board said.
"""


def test_two_things_combined_add_each_ones_own_amount() -> None:
    expect(answered(_TEA, "How much black tea and green tea was exported combined in the first half?"), "44,450 tonnes")


_HAULAGE = """| 3 March 2025, Monday |

Rail upgrade to cut costs for Zambian copper

Zambia and China signed a $1.2 billion deal on Tuesday to upgrade the line to the coast.

An analyst told Reuters the rail upgrade could cut haulage costs for copper to about $90 a tonne from roughly $150 by road.

Zambia's copper exports rose 14% to 820,000 tonnes last year, worth $7.4 billion.
"""


def test_price_saved_is_the_gap_between_two_stated_prices() -> None:
    expect(answered(_HAULAGE, "how much per tonne would copper shippers save going by rail instead of road"), "60")
