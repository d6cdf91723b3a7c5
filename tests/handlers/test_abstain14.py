"""Unanswerable near misses that must abstain: a post at another body, another period, the other
direction of a flow, another measure, a forecast for the actual."""

from __future__ import annotations

from tests.handlers.stories import answered

_DEAL = """| 22 October 2025, Wednesday |

Wind deal signed at Almaty forum

The largest agreement, worth $1.2 billion, was signed by Kazakh power producer Steppe Energy and China's Tianshan Green Power Group to build a wind farm. Construction is due to start next year, Steppe Energy chief executive Aigerim Nurlanova said.
"""


def test_a_post_at_another_body_is_not_the_post_asked() -> None:
    result = answered(_DEAL, "Who is the CEO of Tianshan Green Power?")
    assert not result.answered, result.text


def test_the_post_at_the_body_asked_still_answers() -> None:
    result = answered(_DEAL, "Who is the CEO of Steppe Energy?")
    assert result.answered and "Nurlanova" in result.text, result.text


_OUTLOOK = """| 19 November 2025, Wednesday |

Greek ferry operator sees higher profit

Cycladic Lines shares rose 3.2% to 14.86 euros in Athens on Wednesday. Chief Financial Officer Dimitris Papadakis said the company expects full-year net profit of 78 million to 82 million euros.
"""


def test_what_was_reported_is_no_forecast() -> None:
    result = answered(_OUTLOOK, "What profit did Cycladic Lines report?")
    assert not result.answered, result.text


def test_a_forecast_asked_still_answers() -> None:
    result = answered(_OUTLOOK, "What full-year profit does Cycladic Lines expect?")
    assert result.answered and "78 million" in result.text, result.text


_BEEF = """| 8 October 2025, Wednesday |

Brazil beef exports to China surge

ABIEC forecast on Monday that Brazil's beef exports to China would reach a record 1.65 million tonnes in 2025, up from 1.33 million tonnes last year.

Beef shipments to China totalled 410,000 tonnes in the third quarter.
"""


def test_a_coded_quarter_of_last_year_is_that_quarter() -> None:
    result = answered(_BEEF, "how much beef went to china in q3 last year")
    assert not result.answered, result.text


def test_a_coded_quarter_of_this_year_still_answers() -> None:
    result = answered(_BEEF, "how much beef went to china in q3 this year")
    assert result.answered and "410,000" in result.text, result.text


_NORTHEAST = """| 9 December 2023, Saturday |

Russian and Chinese firms ink deals

China has urged deeper economic cooperation with Russia despite disapproval from the West, with northeast China - comprising the provinces of Liaoning, Heilongjiang and Jilin - gaining new strategic significance.

The deals cover manufacturing, logistics, e-commerce and agriculture.
"""


def test_a_list_of_places_lists_no_other_kind() -> None:
    result = answered(_NORTHEAST, "what sanctions did the west put on china over this")
    assert not result.answered, result.text


def test_a_list_of_things_still_answers_the_kind() -> None:
    result = answered(_NORTHEAST, "what sectors do the deals cover?")
    assert result.answered and "logistics" in result.text, result.text


_FIRMS = """| 9 December 2023, Saturday |

In northeast China, Russian and Chinese firms ink deals from manufacturing to agriculture

In January to September, 40 Russian firms set up businesses in Liaoning, China's national broadcaster reported on Monday.
"""

_PORT = """| 9 December 2023, Saturday |

Jilin gets a sea route

Jilin will be able to use Vladivostok, the biggest port in the Russian Far East, to ship goods to Zhoushan.
"""


def test_which_cities_of_a_nation_is_no_part_of_another() -> None:
    result = answered(_FIRMS, "which russian cities did the 40 firms come from")
    assert not result.answered, result.text


def test_which_city_of_a_nation_still_answers() -> None:
    result = answered(_PORT, "which russian port will Jilin use?")
    assert result.answered and "Vladivostok" in result.text, result.text


_SUMMIT = """| 9 December 2023, Saturday |

Russian and Chinese firms ink deals

Chinese and Russian companies attending a regional conference in northeastern China signed a slew of cooperation agreements, according to Chinese state media.

Liaoning's outbound shipments to Russia soared 82.3% in the first nine months from a year earlier to 42.64 billion yuan.

The first such conference was held in Harbin in 2014.
"""


def test_a_word_asked_only_inside_a_time_dates_nothing() -> None:
    result = answered(_SUMMIT.rsplit("\n\n", 1)[0] + "\n", "what year was this regional conference first held")
    assert not result.answered, result.text


def test_the_first_said_outside_a_time_still_dates_it() -> None:
    result = answered(_SUMMIT, "what year was this regional conference first held")
    assert result.answered and "2014" in result.text, result.text


_INVESTMENT = """| 22 October 2025, Wednesday |

Chinese investment in Kazakhstan climbs

Chinese Vice Commerce Minister Li Hongwei said that Chinese direct investment in Kazakhstan reached $2.3 billion in the first half of the year.
"""


def test_invested_in_the_place_asked_as_investor_is_the_other_way() -> None:
    result = answered(_INVESTMENT, "how much has kazakhstan invested in china")
    assert not result.answered, result.text


def test_invested_the_way_asked_still_answers() -> None:
    result = answered(_INVESTMENT, "how much has china invested in kazakhstan")
    assert result.answered and "2.3 billion" in result.text, result.text


_FORUM = """| 22 October 2025, Wednesday |

Kazakh and Chinese firms sign deals

Kazakh and Chinese companies signed 58 agreements worth $4.6 billion at an investment forum in Almaty on Tuesday.
"""


def test_a_word_naming_a_gathering_states_no_figure_of_it() -> None:
    result = answered(_FORUM, "how much did the companies invest?")
    assert not result.answered, result.text


def test_the_gathering_still_answers_for_its_deals() -> None:
    result = answered(_FORUM, "how much were the agreements signed at the forum worth?")
    assert result.answered and "4.6 billion" in result.text, result.text


_OWNED = """| 22 October 2025, Wednesday |

Chinese firms flock to Kazakhstan

The number of Chinese-owned companies registered in Kazakhstan, where Chinese firms have invested heavily, has nearly doubled since 2022 to about 4,100.
"""


def test_how_much_invested_asks_money_not_a_number_of_firms() -> None:
    result = answered(_OWNED, "how much have chinese companies invested in kazakhstan")
    assert not result.answered, result.text


_HUB = """| 22 October 2025, Wednesday |

Rail operators plan logistics hub

QazTrans Rail and Eastern Silk Logistics agreed to build a logistics hub near the Altynkol border crossing. The hub, which still needs a final investment decision expected early next year, would handle up to 1.2 million twenty-foot equivalent units (TEU) of containers a year when it opens in 2028.
"""


def test_how_much_invested_asks_money_not_containers() -> None:
    result = answered(_HUB, "how much will QazTrans Rail invest in the hub?")
    assert not result.answered, result.text


_COAL = """| 22 October 2025, Wednesday |

Mongolia's coal exports to China climb

Mongolia's coal exports to China rose 12.6% in the first nine months of 2025 to 61.4 million tonnes.

Premium Australian coking coal fell to $182 a tonne last week from $196 in September, she noted.

Coal export revenue fell 8.6% to $6.8 billion in January-September.
"""


def test_how_much_earned_is_no_price_a_tonne() -> None:
    result = answered(_COAL, "How much did Mongolia earn from coal exports in September?")
    assert not result.answered, result.text


def test_how_much_earned_still_finds_the_revenue() -> None:
    result = answered(_COAL, "How much did Mongolia earn from coal exports in January-September?")
    assert result.answered and "6.8 billion" in result.text, result.text


_CONFERENCE = """| 9 December 2023, Saturday |

Russian and Chinese firms ink deals

Chinese and Russian companies attending a regional conference in northeastern China signed a slew of cooperation agreements, according to Chinese state media.

The summit in Shenyang, the capital of Liaoning province, follows a meeting between Russian President Vladimir Putin and Chinese President Xi Jinping last week in Beijing.
"""


def test_what_dates_asks_when() -> None:
    result = answered(_CONFERENCE, "what dates did the shenyang conference actually run")
    assert result.intent != "what" and not result.answered, result.text
