"""Rules of wave c3 (session 35), each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_BRIDGE = """| 5 June 2025, Thursday |

Laos opens Mekong road bridge

Laos opened the new Mekong bridge to cars and lorries on Tuesday, the transport ministry said.

The bridge cost $120 million, funded by a loan from the Asian Development Bank.

Some 4,000 vehicles a day are expected to use it, officials said.
"""


def test_who_a_thing_is_opened_to_is_soft() -> None:
    query = parse_query("when did the bridge open to traffic", stored(_BRIDGE))
    assert all(t.soft for t in query.terms if t.word == "traffic")
    reply = answered(_BRIDGE, "when did the bridge open to traffic")
    expect(reply, "Tuesday")


_GROUND = """| 4 March 2025, Tuesday |

Work starts on Tajik cement plant

DUSHANBE, Tajikistan, Mar 4 (Reuters) - Work on a $300 million cement plant began on Tuesday at a ceremony in the northern Tajik city of Khujand, the builder said.

The plant will be built in Khujand and Isfara provinces, with a second kiln near the town.

In January the two governments signed a loan agreement in Beijing to build the plant.
"""


def test_a_dateline_town_with_its_country_is_placed_by_its_later_mention() -> None:
    reply = answered(_GROUND, "where was the groundbreaking held")
    expect(reply, "Khujand")


_GAUGE = """| 4 March 2025, Tuesday |

Kazakh rail link deal signed

Kazakhstan and Turkmenistan agreed on Tuesday to build a 300-km freight line.

In May the two countries signed an agreement in Astana to build the line to the Russian standard, with cargo to be transferred to narrower wagons at a new depot in Serhetabat.
"""


def test_a_demonym_after_to_is_no_place_gone_to() -> None:
    reply = answered(_GAUGE, "where will freight get moved onto narrower wagons")
    expect(reply, "Serhetabat")


_CAPITAL_LINE = """| 4 March 2025, Tuesday |

Austria opens Czech-funded rail link

Austria opened the Austrian section of the Vienna-Brno railway on Tuesday.

The 90-km line from Vienna to the border town of Hohenau cost 1.2 billion euros, the transport minister said.

The line would need to earn 40 million euros a year, compared with the 15 million euros that Austrian freight operators earned from all cross-border freight last year, an analyst said.
"""


def test_a_capital_stands_for_its_country_asked_by_demonym() -> None:
    reply = answered(_CAPITAL_LINE, "how much did the austrian stretch of the line cost")
    expect(reply, "1.2 billion")


_ZONE = """| 4 March 2025, Tuesday |

Turkish firm opens terminal at Egypt's Damietta

Ankara-based Liman Port Holdings invested about $200 million in the terminal under a concession agreed with the Damietta Free Zone in 2021, chairman Mehmet Kaya told reporters.

The free zone handled 500,000 TEUs in the first nine months, up 10% from a year earlier, its chairman Omar Farouk said.
"""


def test_a_bare_titled_teller_heads_the_body_his_sentence_opens_on() -> None:
    reply = answered(_ZONE, "who heads the damietta free zone")
    assert "Kaya" not in reply.text, reply.text


def test_an_area_goes_on_by_its_last_two_words() -> None:
    reply = answered(_ZONE, "how many TEUs did the damietta free zone handle")
    expect(reply, "500,000")
