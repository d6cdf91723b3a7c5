"""Why and yes/no: the 15th session's second blind batch (cherries, alumina, gold), each rule
with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog

_PEARS = """| 3 March 2025, Monday |

Argentina pear exports to Brazil hit record as new rail link opens

Argentina shipped a record 88,300 tonnes of fresh pears to Brazil in the season through February 28, up 12.6% from the same period a year earlier, the growers' chamber said on Monday.

Rail freight costs about $90 per tonne, compared with roughly $140 per tonne by road, so rail-borne fruit made up 9% of Argentina's pear volumes to Brazil this season, up from 4% a year earlier.

Wholesale prices in Brazil have softened as a result of the bigger supply. A 20-kg box of Williams pears sold for 210 reais at the Sao Paulo market last week, down 9% from a year earlier, traders said.
"""


def test_more_than_last_year_is_answered_by_the_move_since_then() -> None:
    # "up 12.6% from the same period a year earlier" says more was shipped, though it gives no
    # earlier level to set beside the figure; the share of rail-borne fruit is no answer
    result = answered(_PEARS, "did argentina ship more pears to brazil than last year?")
    assert result.answered and result.text.startswith("Yes") and "12.6" in result.text, result.text


def test_a_move_in_a_word_beats_two_levels_of_something_else() -> None:
    # "Wholesale prices have softened" answers "higher?" no; the next sentence says how far
    result = answered(_PEARS, "Are wholesale pear prices in Brazil higher than a year ago?")
    assert result.answered and result.text.startswith("No") and "9%" in result.text, result.text


_NICKEL = """| 3 March 2025, Monday |

Philippine nickel smelter starts output as ore export curbs bite

PT Luzon Nickel Corp, a joint venture between a Philippine miner and a Chinese steelmaker, began producing nickel pig iron at its new smelter on Monday, the companies said.

The Philippines' nickel output rose 12.4% from a year earlier to 310,000 tonnes in the first nine months of this year, according to the Philippine Nickel Industry Association.

Shares of the Philippine partner rose 5.1% in Manila on Tuesday. The stock has more than doubled since the start of the year.
"""


def test_more_of_a_thing_the_story_also_names_a_body_after() -> None:
    # "nickel" is a name here ("the Nickel Industry Association"); the sentence that has only
    # the comparative ("more than doubled") does not answer whether more nickel is made
    result = answered(_NICKEL, "Is the Philippines making more nickel this year?")
    assert result.answered and result.text.startswith("Yes") and "12.4" in result.text, result.text


_KIWI = """| 3 March 2025, Monday |

New Zealand kiwifruit exports to Japan hit record

New Zealand shipped a record 61,200 tonnes of kiwifruit to Japan in the season through February, the exporters' body said on Monday.

"Prices are lower than last year because volumes are so much bigger, but the fruit is arriving firmer, so Japanese buyers are still paying up for quality," said Aroha Ngata, general manager of a Tauranga packhouse.

Air freight costs about $3.90 per kg, compared with roughly $0.50 per kg by sea, so flown kiwifruit made up just 2% of volumes to Japan this season.
"""


def test_the_place_asked_named_only_in_a_later_clause() -> None:
    # "Japanese buyers" comes after the move asked and its "because": the reason need not follow it
    result = answered(_KIWI, "why is kiwifruit cheaper in japan this year")
    assert result.answered and "volumes" in result.text, result.text


_BLOCKADE = """| 3 March 2025, Monday |

Copper mine restarts after blockade

Villagers near the Tembo copper mine blocked the access road for three days in May to demand jobs, ending the protest after the operator agreed to pay 1% of its sales into a local fund.

The mine produced 41,000 tonnes of copper last year.
"""


def test_a_protest_is_for_what_it_demands() -> None:
    # "blocked the road ... to demand jobs": the purpose, over the "after" of how it ended
    result = dialog(_BLOCKADE, "what did the villagers do in may?", "why?")
    assert result.answered and "jobs" in result.text, result.text
