"""Yes-no questions met on this session's sets, each answered with the figure that decides it,
as a general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_VENTURE = """| 3 March 2025, Monday |

Chinese miner to build zinc smelter in Peru

Lima-based Andes Metals said on Monday it had agreed to build a zinc smelter near the port of Callao with China's Qilin Mining.

The smelter will cost $900 million and process 300,000 tonnes of concentrate a year when it opens in 2028.

Qilin will hold a 70% stake, with the remaining 30% held by Andes Metals.
"""


@pytest.mark.parametrize("question", ["is qilin taking a majority stake in the smelter",
                                      "Will Qilin buy a majority stake?", "is qilin getting a majority share in the smelter"])
def test_taking_a_majority_stake_is_asked_by_the_share_held(question: str) -> None:
    reply = answered(_VENTURE, question)
    expect(reply, "70%")
    assert reply.text.startswith("Yes")


def test_a_minority_partner_taking_a_majority_stake_is_a_no() -> None:
    reply = answered(_VENTURE, "is andes metals taking a majority stake")
    expect(reply, "30%")
    assert reply.text.startswith("No")


_FERRY = """| 19 November 2025, Wednesday |

Adriatic ferry operator posts record third-quarter profit

Dalmatia Lines carried 2.1 million passengers in the July-September period, up 7% from a year earlier, the Split-based company said on Tuesday.

Net profit for the quarter rose 12% to 40.2 million euros, while revenue climbed 9% to 150.3 million euros.

Fuel costs fell 8.5% to 31.6 million euros as the price it paid for marine gasoil dropped to $650 a tonne from $720 a year earlier.

Its shares rose 2.1% to 12.40 euros in Zagreb on Tuesday.
"""


@pytest.mark.parametrize("question", ["did fuel get cheaper for them this summer?", "did fuel costs fall last summer"])
def test_a_season_after_this_or_last_only_places_the_question_in_time(question: str) -> None:
    expect(answered(_FERRY, question), "8.5%")


_HUB = """| 3 March 2025, Monday |

Kazakh exporter opens melon hub with Chinese importer

Almaty-based exporter Steppe Harvest and Shanghai importer Donghai Fresh opened a $30 million cold-storage hub near Almaty airport last month.

Donghai holds a 45% stake in the venture and Steppe Harvest the rest.

The hub can handle 200 tonnes of fruit a day, and melon exports rose 12% last year to 80,000 tonnes.
"""


def test_a_nationality_asked_is_met_by_the_city_naming_the_owner() -> None:
    reply = answered(_HUB, "Does the Chinese partner own a majority of the hub?")
    expect(reply, "45%")
    assert reply.text.startswith("No")
