"""Figures whose clause names a place only as where someone spoke, and near misses that must abstain."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FRUIT = """| 14 October 2025, Tuesday |

Laos banana, durian sales to Vietnam surge

Banana shipments to Vietnam rose 21.4% year-on-year to 310,000 tonnes between January and September, while durian exports more than tripled, climbing 245% to 52,000 tonnes, Trade Minister Phet Vongsa told reporters in Vientiane.

Vietnam took 48% of the country's durian exports in the period, and the number of farms cleared to ship durians rose to 96 from 40, the ministry said.
"""


def test_a_place_where_someone_spoke_is_no_place_of_the_figure() -> None:
    # "told reporters in Vientiane" is where the minister spoke; the durian clause still speaks of
    # the exports to Vietnam the clause before it names.
    expect(answered(_FRUIT, "Durian exports to Vietnam grew by how much yoy?"), "245")


_COPPER = """| 14 October 2025, Tuesday |

Serbian copper exports to China rise

Most of the copper is shipped by rail to the Romanian port of Constanta and on to China. The company sent 4,350 containers through Constanta in the first nine months, up from 3,100 a year earlier.
"""


def test_a_route_named_in_lowercase_by_a_known_name_the_article_lacks_is_another_route() -> None:
    # simplemma has "Thessaloniki" only capitalised: a name, not a word the article could put otherwise
    expect(answered(_COPPER, "how many containers did they ship via thessaloniki"), None)
    expect(answered(_COPPER, "how many containers did they ship via constanta"), "4,350")


_POTASH = """| 14 October 2025, Thursday |

Lao potash shipments to China jump

Lanxang Potash, the Chinese-owned operator of Laos' biggest potash mine, shipped 1.86 million tonnes of the fertiliser to China on the Laos-China railway in the first nine months of the year, the company said on Thursday.

Output of potassium chloride at the mine rose 21% year-on-year to 2.4 million tonnes in January to September, adding that about 78% of production was sold to Chinese buyers.

The rail journey takes about 30 hours, compared with more than a week by truck and ship through Thailand's Laem Chabang port.
"""


def test_a_share_of_a_places_whole_needs_that_places_whole() -> None:
    # the mine's output is no whole of Thailand's imports, which the story never gives
    expect(answered(_POTASH, "what share of thailand's potash imports come from laos"), None)


_OLIVE = """| 14 October 2025, Tuesday |

Spanish olive oil output to rebound

Spain's olive oil production will rise 34% to 1.46 million tonnes in the 2025/26 season, the agriculture ministry said on Tuesday, as spring rains revived groves in Andalusia.

Andalusia, which accounts for about 78% of Spanish output, is forecast to produce 1.14 million tonnes, the ministry said.

Prices paid to producers for extra virgin olive oil fell to 3,600 euros per tonne last week, down 42% from 6,200 euros a year earlier.
"""


def test_an_amount_of_a_thing_is_never_worked_back_from_a_price() -> None:
    # "how much olive oil" asks tonnes; the producers' price a year earlier is no output
    expect(answered(_OLIVE, "How much olive oil did Andalusia produce last season?"), None)


_FDI = """| 6 September 2025, Saturday |

Vietnam's FDI disbursements rise 8.8% in eight months

Foreign direct investment (FDI) disbursed in Vietnam rose 8.8% in the first eight months of the year from a year earlier to $15.42 billion, the statistics office said on Saturday.
"""


def test_fdi_is_money_and_is_worked_back_from_its_rate() -> None:
    # "how much FDI" asks money, unlike "how much olive oil": the year before is worked back
    expect(answered(_FDI, "How much FDI was disbursed in the same eight months of 2024?"), "14.17")


_FOREST = """| 14 October 2025, Tuesday |

Finnish pulp exports to China climb

Forest products made up about 18% of Finland's goods exports last year, with shipments worth 12.6 billion euros, down from 13.9 billion euros a year earlier, according to Finnish Customs.
"""


def test_a_parts_own_earlier_level_is_no_whole_of_it() -> None:
    # 12.6 billion euros against the 13.9 billion of a year earlier is a change, no share
    expect(answered(_FOREST, "what share of finland's exports were forest products in 2023"), None)
