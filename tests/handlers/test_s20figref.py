"""Figure questions the bot abstained on though the story states the figure: the measure's end
asked a little way past the figure, and a place's possessive typed without its apostrophe."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_SHIPMENTS = """| 15 October 2024, Tuesday |

Peru's avocado exports to China climb

Peru's avocado exports to China rose to 41,000 tonnes in the first nine months of the year, the exporters' association said on Monday.

Peruvian ports shipped 1,870 refrigerated containers of avocados to China in September alone, the most for any month.

China took 38% of Peru's total avocado exports by volume, up from 33% a year earlier.
"""


def test_the_only_end_asked_owns_a_shipment_further_on_in_its_clause() -> None:
    expect(answered(_SHIPMENTS, "How many refrigerated containers went to China in September?"), "1,870")


@pytest.mark.parametrize("question", [
    "whats chinas share of perus avocado exports now",
    "what is chinas share of peru's avocado exports",
])
def test_a_place_possessive_typed_without_apostrophe_names_the_place(question: str) -> None:
    expect(answered(_SHIPMENTS, question), "38%")


def test_a_plural_before_its_verb_names_no_place() -> None:
    expect(answered(_SHIPMENTS, "how many chinas were there"), None)


_BRIDGE = """| 10 October 2025, Friday |

Danube bridge draws record traffic

The 1.9-km bridge at Vidin opened two years ago this month and cut the crossing to about ten minutes.

It cost $2.4 billion to build, including a $300 million cost overrun.

The European Union pledged 5 billion euros in March to develop railways in Central Asia.

Total cargo handled at Poti reached 3.1 million tonnes in January-June, up 8% from a year earlier. Grain made up 27% of that volume.
"""


def test_an_amount_before_a_cost_names_no_kind_of_cost() -> None:
    # "a $300 million cost overrun": "million" is the amount's word, not a kind of cost
    expect(answered(_BRIDGE, "what did the bridge cost to build"), "2.4 billion")


def test_a_regions_short_demonym_after_its_compass_word_names_the_region() -> None:
    expect(answered(_BRIDGE, "how much did the EU pledge for central asian railways"), "5 billion")


_COFFEE = """| 10 October 2025, Friday |

Vietnam's coffee imports climb

Vietnam's imports of green coffee rose 9% in the first nine months to 310,000 tonnes, customs data showed.

Imports climbed because harvests in Dak Lak and Lam Dong provinces cover barely a half of what the country's roughly 140 roasting plants need.
"""


def test_a_figure_the_country_owns_by_its_possessive_is_the_countrys() -> None:
    expect(answered(_COFFEE, "how many roasting plants are there in vietnam"), "140")


_PORT = """| 8 October 2024, Tuesday |

Tema port traffic surges

Container traffic at Ghana's Tema port jumped 21% in the first nine months of the year from a year earlier to 610,000 twenty-foot equivalent units (TEUs), the port's operator said on Monday, as shipping lines divert cargo from congested terminals in Abidjan.
"""


def test_a_ports_traffic_is_its_volume() -> None:
    expect(answered(_PORT, "how much did container volumes at tema jump yoy in the first 9 months"), "21%")


_EXPO = """| 20 May 2025, Tuesday |

Harbin expo deals top 20 billion yuan

Heilongjiang's trade with Russia rose 6.4% year on year to 89.2 billion yuan in the first four months, provincial customs said last week.

Food deals accounted for about 31% of the total value signed, with Chinese buyers agreeing to purchase Russian wheat and pork.
"""


def test_a_months_short_name_is_no_initials_of_the_articles_words() -> None:
    expect(answered(_EXPO, "heilongjiang russia trade growth yoy jan-apr"), "6.4%")
