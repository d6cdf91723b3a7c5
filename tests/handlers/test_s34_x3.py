"""Rules met on the 34th session's wave x3, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_GAS = """| 6 May 2025, Tuesday |

Kyrgyzstan buys more Kazakh gas as its own fields dry up

Kyrgyzstan imported 1.2 billion cubic metres of Kazakh gas in the first quarter, up 20% from a year earlier, the energy ministry said on Monday.

Central Asia's smallest gas-importing country, with about 7 million people, has turned to Kazakh supplies because output from its old fields in the Osh and Jalal-Abad regions has fallen for five years.

Kazakh gas now covers about 40% of Kyrgyzstan's annual consumption, making Kazakhstan the country's second-largest supplier after Uzbekistan, the ministry said.

The state company had pumped 0.3 bcm into underground storage at Kant and Tokmok by the end of April, filling the sites to 81% of capacity.
"""


def test_a_second_place_after_at_and_is_where_the_figure_is_not_whose() -> None:
    reply = answered(_GAS, "how full are the kyrgyz storage sites")
    expect(reply, "81%")


def test_a_share_met_by_a_nations_supplies_is_the_share_its_goods_cover() -> None:
    reply = answered(_GAS, "What portion of Kyrgyz gas use is now met by Kazakh supplies?")
    expect(reply, "40%")


def test_a_region_owning_a_superlative_country_is_no_rival_subject() -> None:
    reply = answered(_GAS, "In which regions are Kyrgyzstan's declining gas fields?")
    expect(reply, "Osh")


def test_relying_on_is_turning_to_and_a_ranking_after_is_no_cause() -> None:
    reply = answered(_GAS, "why is kyrgyzstan relying on kazakh gas")
    expect(reply, "because output")


_PORT = """| 6 May 2025, Tuesday |

Dutch group to expand Greek container terminal

ATHENS, May 6 (Reuters) - Dutch port operator Nordhaven said on Tuesday it would invest 300 million euros in its container terminal at the Greek port of Volos.

Nordhaven Volos chief executive Petros Alexiou said the work would start in June.

Under the new terms, the port authority, Organismos Limenos Volou (OLV), will receive a fixed annual fee of 4 million euros, OLV chairman Nikos Demos said.
"""


def test_a_body_the_who_question_names_is_the_body_it_describes() -> None:
    reply = answered(_PORT, "who heads the port authority olv")
    expect(reply, "Demos")


_TOWN = """| 6 May 2025, Tuesday |

Greek port handles record cargo

Nordhaven will invest 300 million euros in its terminal at the Greek port of Volos, the ministry said.

Volos, about 330 kilometres north of Athens in the Thessaly region, handled 2 million tonnes last year, up 5%.
"""


def test_where_in_a_country_is_the_aside_placing_the_part_not_the_demonym_role() -> None:
    reply = answered(_TOWN, "where in greece is volos")
    expect(reply, "north of Athens")


def test_where_do_ships_take_goods_asks_the_ports_they_are_bound_for() -> None:
    story = """| 6 May 2025, Tuesday |

Greek port handles record cargo

About 60% of the containers handled at Pier II are moved from big ships onto small feeder ships bound for ports in Italy, Albania and Cyprus, the port said.
"""
    reply = answered(story, "where do the feeder ships take the boxes")
    expect(reply, "Albania")
    assert reply.text.startswith("Italy")


_CANAL = """| 6 May 2025, Tuesday |

Suez traffic picks up

The canal recorded 1,020 transits last month, up 12% from a year earlier, the canal authority said on Monday.

A canal spokesman said daily transits averaged 34 vessels last month, against 40 a day in 2023.

Cargo moving through the 193-kilometre waterway rose 6% to 90 million tonnes in the first quarter.
"""


def test_ships_through_a_canal_are_its_transits_and_a_daily_rate_is_no_months_count() -> None:
    reply = answered(_CANAL, "how many ships went thru the canal in april")
    expect(reply, "1,020")


def test_a_canal_is_a_waterway() -> None:
    reply = answered(_CANAL, "How long is the canal, in kilometres?")
    expect(reply, "193")


_MINISTER = """| 6 May 2025, Tuesday |

Thai fruit exports jump

Thailand's rail shipments of durian to China jumped 68% to 412,000 tonnes, the commerce ministry said on Monday.

The shipments were worth 31.6 billion baht and accounted for 27% of Thailand's fresh fruit exports to China over the period, up from 19% a year earlier, Commerce Minister Suda Wongsa told reporters in Bangkok.

Former central bank governor Anan Chai, now the commerce ministry's adviser, said prices would hold.
"""


def test_a_post_held_before_the_one_told_is_not_given_unless_called_former() -> None:
    expect(answered(_MINISTER, "what was suda's job before she became minister"), None)
    expect(answered(_MINISTER, "what was anan chai's job before he became adviser"), "central bank governor")


def test_one_lender_with_the_rest_from_others_pays_no_whole_project() -> None:
    story = """| 6 May 2025, Tuesday |

Dutch group to expand Greek container terminal

The financing includes a 90 million euro loan from the Nordic Investment Bank (NIB), with the rest coming from Nordhaven's own funds, the company said.
"""
    reply = answered(story, "is the nib paying for the whole project")
    expect(reply, "the rest")
    assert reply.text.startswith("No")


def test_the_leads_own_day_dates_the_news_not_its_dateline() -> None:
    story = """| 16 October 2025, Thursday |

Dutch group to expand Greek container terminal

ATHENS, Oct 16 (Reuters) - Dutch port operator Nordhaven will invest 300 million euros to expand its container terminal at the Greek port of Volos, the company and the Greek government said on Tuesday.

Work will start in June next year, the company said.
"""
    reply = answered(story, "when was the volos expansion announced")
    expect(reply, "Tuesday")


def test_where_a_thing_goes_is_not_the_home_of_a_body_its_word_describes() -> None:
    story = """| 6 May 2025, Tuesday |

Chinese group wins Greek terminal contract

A unit of China's Haixing Group signed a contract on Tuesday to build a new container terminal in Volos.

The Chinese group will hold a 60% stake, with Rotterdam-based terminal operator Nordhaven Ports owning the remaining 40%.
"""
    reply = answered(story, "what city will the new chinese terminal go in")
    expect(reply, "Volos")


def test_the_story_site_goes_on_as_the_terminal_in_a_reported_clause() -> None:
    story = """| 6 May 2025, Tuesday |

Chinese group wins Greek terminal contract

A unit of China's Haixing Group signed a 30-year contract on Tuesday to build and run a new container terminal in Volos, at the mouth of the Pagasetic Gulf.

Haixing Port Investment will spend 2 billion yuan on the Agria terminal, which will handle 1 million TEUs a year, the ministry said.

Haixing Chairman Liu Wei said the terminal would be used to move Asian cargo onto feeder ships bound for the U.S. East Coast, the Caribbean and South America's Atlantic ports.

He said last week that the Agria contract included a review clause.
"""
    reply = answered(story, "what will the agria terminal be used for")
    expect(reply, "Asian cargo")


def test_a_post_of_a_local_unit_named_after_the_group_is_not_the_groups() -> None:
    story = """| 6 May 2025, Tuesday |

Dutch group to expand Greek container terminal

Dutch port operator Nordhaven Group (Nordhaven) will invest 300 million euros in its terminal at Volos, which it runs through its local unit Nordhaven Volos, Nordhaven Volos chief executive Petros Alexiou said.
"""
    expect(answered(story, "who is the ceo of nordhaven group"), None)
    expect(answered(story, "who is the ceo of nordhaven volos"), "Alexiou")


def test_extra_asked_of_a_rise_is_the_rise_between_the_levels() -> None:
    story = """| 6 May 2025, Tuesday |

Greek port to expand

The expansion of Pier II will add 800 metres of quay, raising capacity to 2.5 million TEUs from the current 1.5 million TEUs, the port said.
"""
    expect(answered(story, "how much extra capacity will the expansion add"), "Up 1 million TEUs")


def test_a_total_once_running_including_current_staff_adds_what_is_on_top() -> None:
    story = """| 6 May 2025, Tuesday |

Greek port to expand

The minister said the project would create about 900 jobs during construction and 300 permanent jobs at the terminal once it is fully operating, on top of the roughly 700 people the port already employs.
"""
    reply = answered(story, "how many permanent staff will the terminal have once fully running, incl current workers")
    expect(reply, "1,000")


def test_the_biggest_shareholder_is_set_against_each_holders_stake() -> None:
    story = """| 6 May 2025, Tuesday |

Greek gas field starts up

Athens-listed Aegean Energy holds a 60% stake in the $2 billion development and operates it, while Italy's Tirreno Petroli owns 30% and state firm Helpe has 10%.
"""
    reply = answered(story, "is helpe the biggest shareholder in the project?")
    expect(reply, "10%")
    assert reply.text.startswith("No")
