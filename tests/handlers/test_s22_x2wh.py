"""What / which questions met on the 22nd session's blind sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_POWER = """| 4 March 2025, Tuesday |

Laos sells more power abroad

Laos sold 18% more electricity to Cambodia and Myanmar last year, its energy minister said on Monday.

Myanmar was the second-largest buyer with a 21% share, up from 15% a year earlier.

"Lao electricity is cheaper than imported coal," a spokesperson for the Electricity Authority of Cambodia said on Monday, adding that Cambodia planned to buy another 500 MW from Laos next year.

Generation at Lao dams fell 12% in April from a year earlier due to a late monsoon.

Electricity was the country's second-largest export category last year after mining products.
"""

_NUTS = """| 4 March 2025, Tuesday |

Mozambique's cashew crop heads abroad

Mozambique exported 140,000 tonnes of raw cashew nuts last year, the cashew institute said.

Vietnam bought 61% of the shipments, while India took 27%, making it the second-largest buyer, the institute's director said.
"""


def test_the_sellers_own_adjective_is_no_goods_to_find_in_the_lead() -> None:
    # "Lao" is the seller; the lead spells it "Laos", so only the electricity (here a key of the
    # Cambodian utility's name) is goods
    expect(answered(_POWER, "Which country was the No. 2 buyer of Lao electricity?"), "Myanmar")


@pytest.mark.parametrize("question", [
    "Which country is the No. 2 buyer of Mozambican cashews?",
    "which country is the second biggest buyer of mozambique's cashew nuts",
])
def test_a_share_taken_making_it_the_nth_buyer_ranks_the_place(question: str) -> None:
    expect(answered(_NUTS, question), "India")


_GAS = """| 4 March 2025, Tuesday |

Malaysia ships more LNG to Japan

Malaysia sent 14 LNG tankers to Japan in the third quarter, up from 11 a year earlier, the state energy firm said.

The tankers delivered about 0.9 million tonnes of LNG to Japanese terminals, the firm said on Monday.

Japan's overall LNG imports fell 2% in the first nine months to 48 million tonnes, customs data show. Malaysia was the third-largest supplier after Australia and Qatar, with a share of 9.5%.
"""

def test_those_a_third_ranks_after_all_sell_more_than_it() -> None:
    expect(answered(_GAS, "which countries sell more lng to japan than malaysia does"), "Australia")
    expect(answered(_GAS, "which countries sell more lng to japan than malaysia does"), "Qatar")

