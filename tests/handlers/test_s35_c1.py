"""Rules of wave c1 (35th session), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SOLAR = """| 4 March 2025, Tuesday |

Uzbek solar park to add second phase

TASHKENT, Mar 4 (Reuters) - Sunfield Energy said on Tuesday it will build a second phase of its Nurabad solar park, adding 200 MW to the 100 MW it has run since 2022.

The expansion will cost $180 million, financed by a loan from the Asian Development Bank, the company said.

The second phase won a tariff of 3.9 cents per kWh at an auction held in May.
"""


def test_a_first_stage_asked_is_no_later_one_nor_the_expansion() -> None:
    expect(answered(_SOLAR, "how much did the first phase cost to build"), None)
    expect(answered(_SOLAR, "what did the first phase cost"), None)


def test_a_later_stage_asked_is_the_expansion() -> None:
    expect(answered(_SOLAR, "how much will the second phase cost"), "$180 million")


_FREIGHT = """| 5 March 2025, Wednesday |

Cambodia opens freight rail to Thai border

PHNOM PENH, Mar 5 (Reuters) - Cambodia on Wednesday launched a weekly freight train from Phnom Penh to Poipet on the Thai border.

The state railway will charge $410 per container for the run, about 20% less than the average road haulage rate, its director said.
"""


def test_a_verb_of_carrying_before_by_names_no_way() -> None:
    reply = answered(_FREIGHT, "is the train cheaper than shipping by truck")
    expect(reply, "20%")
    assert reply.text.startswith("Yes"), reply.text


_CREDIT = """| 6 March 2025, Thursday |

Kenya's tea board signs $400 million loan with 8 banks

NAIROBI, Mar 6 (Reuters) - Kenya's tea board has signed a $400 million syndicated loan with eight banks to buy leaf from growers, the board said on Thursday.

Local lenders, led by Equity Bank, contributed $100 million of the $400 million total, it said.
"""


def test_what_part_of_an_amount_asks_its_share() -> None:
    expect(answered(_CREDIT, "what part of the loan came from kenyan banks"), "25%")


def test_the_home_nations_banks_named_by_the_place_are_its_local_lenders() -> None:
    expect(answered(_CREDIT, "what share of the loan came from local banks in kenya"), "25%")


_GAP = """| 7 March 2025, Friday |

Laos, China rail trade climbs

VIENTIANE, Mar 7 (Reuters) - Laos exported $2.1 billion worth of goods to China in the first six months and imported $3.4 billion, customs data show.
"""


def test_an_owners_measure_named_bare_asks_its_figure_however_long() -> None:
    expect(answered(_GAP, "laos's trade deficit with china for the 6 months?"), "1.3 billion")


_HARBOUR = """| 8 March 2025, Saturday |

Guinea's new Kamsar terminal takes first ship

CONAKRY, Mar 8 (Reuters) - Guinea's new Kamsar terminal received its first vessel on Saturday, when the 300-metre bulk carrier Ocean Star berthed.

The terminal has a 600-metre quay and a draught of 16 metres, the port authority said.

The biggest ore carriers need at least 18 metres of water, analysts said.
"""


def test_how_deep_asks_a_depth_in_a_length_the_draught() -> None:
    expect(answered(_HARBOUR, "how deep is the water at the new terminal"), "16 metres")
    expect(answered(_HARBOUR, "how deep is the new terminal"), "16 metres")


_TOWERS = """| 9 March 2025, Sunday |

Investors pour money into Manila Bay reclamation

MANILA, Mar 9 (Reuters) - Foreign investors committed $900 million to the Manila Bay reclamation project last year, its developer said on Sunday.

The biggest single deal came in June, when Qatar-based Al Waha Group agreed to put $250 million into an office tower, the second-largest commitment since work on the project began in 2016.
"""


def test_a_rank_below_the_top_outranks_a_periods_biggest_when_asked_of_all_time() -> None:
    reply = answered(_TOWERS, "Is the Al Waha investment the largest ever in the project?")
    expect(reply, "second-largest")
    assert reply.text.startswith("No"), reply.text
