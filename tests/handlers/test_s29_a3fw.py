"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_STAKES = """| 3 March 2025, Monday |

Chinese buyers pile into Georgian wineries

Georgia's wine exports to China rose 12% last year to 9.4 million bottles, the wine agency said.

Last month, Shanghai-based Jinlong Drinks bought a 31.5% stake in Kakheti Cellars, a family-owned winery, for 40 million lari.

Jinlong also agreed to pay $12 million for a 45% stake in Tbilisi Bottling, a joint venture that plans to open a plant next year.

Kakheti Cellars said it would sell its 10% stake in a Batumi hotel to Jinlong's partner, Ningbo-based Haiyue Group.
"""


@pytest.mark.parametrize(("question", "figure"), [
    ("what stake did jinlong take in kakheti cellars", "31.5%"),
    ("how big a stake is jinlong taking in tbilisi bottling", "45%"),
])
def test_getting_the_stake_asked_is_no_word_to_find(question: str, figure: str) -> None:
    expect(answered(_STAKES, question), figure)


def test_who_is_buying_a_stake_still_asks_the_buyer() -> None:
    expect(answered(_STAKES, "Who is buying the stake in the Batumi hotel?"), "Haiyue")


_VENTURE = """| 3 March 2025, Monday |

Estonian railway teams up with Chinese operator

Estonia's rail freight to China rose 8% last year to 1.2 million tonnes, the railway said.

Chinese operator Chengdu Rail Hub will take a 30% stake in a joint venture with EVR Cargo that will find return loads.

EVR Cargo holds 52% of the Baltic freight market, the regulator said.
"""


def test_what_share_of_a_thing_someone_will_hold_is_a_stake() -> None:
    expect(answered(_VENTURE, "what share of the joint venture will the chinese firm hold"), "30%")


_CANNERY = """| 3 March 2025, Monday |

Chinese group buys into Sri Lankan tuna

Sri Lanka's tuna exports to China rose 22% last year to 5,100 tonnes, the fisheries ministry said.

Xiamen-based Ocean Star also agreed to buy a 35% share in Ceylon Seafoods' canning plant for $9 million.

Ocean Star will buy 60% of the catch of Ceylon Seafoods' trawlers, the company said.
"""


def test_a_cannery_is_the_canning_plant_a_story_names() -> None:
    expect(answered(_CANNERY, "What share of Ceylon Seafoods' cannery is Ocean Star buying?"), "35%")
