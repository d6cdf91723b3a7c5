"""Figure questions the bot abstained on though the story states the figure: general rules, each
over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SMELTER = """| 14 October 2025, Tuesday |

Ruritania's ferroalloy exports climb on Chinese demand

Ruritania's exports of ferroalloys rose 12.5% in the first nine months to $310 million, as the Koral smelter stepped up sales to China, official data showed on Monday.

The Koral Ferroalloy Plant in eastern Ruritania's Lanta region, operated by Koral Alloys, shipped 52,000 tonnes of ferrochrome between January and September, the statistics office said.

The plant employs about 1,200 people and is the biggest employer in Koral, a town of around 15,000 people.
"""


def test_a_works_named_after_the_town_asked_owns_its_figure() -> None:
    # "the Koral smelter" asks the town's works: "The Koral Ferroalloy Plant in ... Lanta region"
    # ships what the question asks, though the region is the only place its clause names
    expect(answered(_SMELTER, "How many tonnes of ferrochrome did the Koral smelter ship?"), "52,000")


_COTTON = """| 12 November 2024, Tuesday |

Australia keeps top spot among wool exporters

Australia shipped 1.42 million tonnes of wool in the 2023/24 season that ended in July, compared with 1.17 million tonnes from New Zealand, where output fell because of a drought, according to industry figures.
"""


def test_a_level_compared_with_is_the_place_named_after_it() -> None:
    # the level set against the subject's is New Zealand's, told right after it
    expect(answered(_COTTON, "How many tonnes of wool did New Zealand ship over the same season?"), "1.17")
    expect(answered(_COTTON, "How many tonnes of wool did Australia ship?"), "1.42")
