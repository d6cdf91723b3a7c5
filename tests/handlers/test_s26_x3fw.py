"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLANT = """| 3 March 2025, Monday |

Ghana cocoa plant adds a line

Ghana's cocoa exports to China rose 12% to 84,000 tonnes last year, the cocoa board said.

Most of the growth came from Volta Cocoa Industries, a factory 20 kilometres north of Tema that is 65% owned by Fujian-based Minjiang Foods Group. The factory ground 41,000 tonnes of beans last year.

Local trader Asante Agro holds the remaining 35% stake in the factory, which employs 410 people.
"""


def test_a_stake_named_before_owned_by_its_holder_is_the_holders() -> None:
    expect(answered(_PLANT, "What stake does Minjiang hold in the factory?"), "65%")


_BUY_IN = """| 3 March 2025, Monday |

Chinese smelter buys into Mongolian mine

Mongolia's zinc exports to China rose 14% to 320,000 tonnes in the first ten months, the statistics office said.

Under the contract, Jinfeng will buy 90,000 tonnes of concentrate a year from the Tavan Zinc mine.

Jinfeng bought a 24.5% stake in Tavan Zinc in May for $38 million. Jinfeng said the concentrate would feed a new 120,000-tonne-a-year smelter line in Baotou.
"""


def test_holding_verb_after_how_big_a_stake_is_no_word_to_find() -> None:
    expect(answered(_BUY_IN, "how big a stake does jinfeng hold in tavan zinc"), "24.5%")


_SAILING = """| 3 March 2025, Monday |

Argentine barley heads for China

Argentina's barley exports to China rose 22% to 1.4 million tonnes last season, the grain exchange said.

Most of that grain will be loaded at Bahia Blanca, where the co-operative is spending $40 million on a new silo holding 60,000 tonnes.

Bulk carriers take about 30 days to sail the roughly 19,600 kilometres from Bahia Blanca to Tianjin, carrying up to 60,000 tonnes each.
"""


def test_a_distance_between_two_named_ends_needs_no_way_of_travel() -> None:
    expect(answered(_SAILING, "how far is it by sea from bahia blanca to tianjin"), "19,600")
