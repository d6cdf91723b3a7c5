"""Near misses met on the held-out sets, each kept as a general rule over a small story: a post
held at another body or under another title, and a figure of a longer span than the one asked."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DEAL = """| 14 October 2025, Tuesday |

Laotian rice exporters sign Chinese deals

Laos signed 12 rice supply agreements with Chinese buyers at a fair in Kunming, officials said on Tuesday.

The largest deal will see Yunnan Dianxi Grain Co buy 200,000 tonnes of milled rice over two years from Vientiane-based Mekong Paddy Group, said Mekong Paddy chief executive Somchai Phommavong.
"""


def test_a_post_titled_by_another_bodys_short_name_is_not_held_at_the_body_asked() -> None:
    expect(answered(_DEAL, "who is the ceo of yunnan dianxi grain"), None)
    expect(answered(_DEAL, "who is the ceo of mekong paddy"), "Somchai Phommavong")


_POWER = """| 5 May 2025, Monday |

Thai power demand hits record

Thailand's peak power demand hit a record 36,800 megawatts on Friday, the energy ministry said.

"Gas supply is tight," Energy Secretary Anong Srisuk told reporters in Bangkok.

The ministry will review preparations with provincial energy ministers next week.
"""


def test_a_secretary_is_no_minister_in_a_story_that_calls_others_ministers() -> None:
    expect(answered(_POWER, "Who is Thailand's energy minister?"), None)
    expect(answered(_POWER, "Who is the energy secretary?"), "Anong Srisuk")


_PORT = """| 13 November 2024, Wednesday |

Harbour volumes rise

Container throughput at Port Kelang rose 5.1% in the first nine months of the year to 10.4 million TEUs, operator Kelang Ports said on Tuesday.

In the third quarter alone, Port Kelang handled 3.7 million TEUs, up 7.2% year-on-year.

Transshipment cargo made up 44% of the port's volumes in the nine months, up from 38% a year earlier.
"""


def test_a_share_of_the_nine_months_does_not_answer_the_quarter_said_before_it() -> None:
    reply = answered(_PORT, "what share of port volumes was transshipment in q3")
    assert "44%" not in reply.text, reply.text
    expect(answered(_PORT, "what share of the port's volumes was transshipment in the nine months"), "44%")



_RAIL = """| 15 October 2025, Wednesday |

Mongolian coal shifts to rail

Mongolia shipped 52 million tonnes of coal to China in the first nine months of the year, customs data showed last week.

Only 9% of those shipments travelled by rail, with the rest trucked through the Gashuunsukhait border post.

"The line changes everything," said Bat-Erdene Dorj, an analyst at Ulaanbaatar-based Khan Securities, who estimates rail could carry 40% of the country's coal exports by 2030.
"""


def test_what_could_be_carried_does_not_answer_what_went() -> None:
    expect(answered(_RAIL, "What proportion of the coal went by train?"), "9%")


_EXPO = """| 20 May 2025, Tuesday |

Firms sign deals at Urumqi expo

The China-Eurasia Expo, which opened on Saturday in Urumqi, drew about 900 exhibitors, including 150 from Kazakhstan, up from 110 Kazakh exhibitors at last year's event, according to the Xinjiang provincial commerce department.

Xinjiang's trade with Kazakhstan rose 5.2% to 41.3 billion yuan in the first four months, provincial customs said.
"""


def test_a_word_of_an_offices_name_is_no_measure_it_reports() -> None:
    expect(answered(_EXPO, "what was xinjiang's trade with kazakhstan for all of 2024"), None)
    expect(answered(_EXPO, "what was xinjiang's trade with kazakhstan in the first four months"), "41.3 billion yuan")
