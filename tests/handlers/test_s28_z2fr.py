"""Figure questions answered with the wrong figure, met on this session's sets: each a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_LAMB = """| 20 October 2025, Monday |

Chilean lamb exports slip as drought thins flocks

Chile's lamb exports fell 6.2% in the first nine months of 2025 from a year earlier to 48,200 tonnes, the farm ministry said on Monday, as demand from top buyer Mexico weakened.

Lamb shipments to Mexico dropped 11.4% to 12,300 tonnes, while sales to the United States jumped 17.5% to 9,400 tonnes.

The average export price rose to $7,150 per tonne in September, up from $6,420 a year earlier.
"""


@pytest.mark.parametrize(("question", "figure"), [
    ("How much lamb did Chile sell to Mexico so far this year?", "12,300 tonnes"),
    # the lead's total names Chile, the seller, and another buyer, not the one asked
    ("How many tonnes of Chilean lamb did America buy so far this year?", "9,400 tonnes"),
])
def test_an_undated_sentence_under_a_running_lead_is_a_total_so_far(question: str, figure: str) -> None:
    expect(answered(_LAMB, question), figure)


_WINE = """| 20 October 2025, Monday |

Georgian winemakers bet on Chinese drinkers

Georgia's wine exports to China rose 14% in the first nine months of 2025 to 6.1 million bottles, the National Wine Agency said on Monday.

Agency head Levan Mekhuzla said Chinese buyers favoured dry red wines from Kakheti.

He warned that China's overall wine imports fell 8.3% last year to 280 million litres as demand slowed.
"""


def test_the_buyer_asked_beside_the_seller_is_named_by_the_answer() -> None:
    # China's own imports are not Georgia's buying of Chinese wine
    expect(answered(_WINE, "How much Chinese wine does Georgia import?"), None)
