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

