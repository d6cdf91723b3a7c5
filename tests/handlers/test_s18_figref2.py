"""Figure questions the bot refused though the story states the figure: kept as general rules
over small made-up stories."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 5 November 2025, Wednesday |

Lamu container volumes climb

Cargo handled at Kenya's Lamu port rose 9% in the first nine months of the year to 410,000 twenty-foot equivalent units (TEUs), the ports authority said on Tuesday.

In the third quarter alone, Lamu handled 160,000 TEUs, up 12% from a year earlier, as more lines called on the way to the Gulf.

Mombasa handled 1.1 million TEUs in the same nine months.
"""


def test_the_place_asked_by_its_kind_is_named_by_its_name() -> None:
    # "the port" is the story's one port, which the quarter's sentence names only as "Lamu";
    # a port "handled" its volume, though the sentence also speaks of lines calling
    expect(answered(_PORT, "how big was q3 volume at the port"), "160,000")


_PACT = """| 5 November 2025, Wednesday |

Muscat port traffic climbs, Oman eyes East Africa

Container traffic at Oman's Sohar port rose 5% in the first nine months of the year, the operator said on Tuesday.

Oman and Tanzania signed a trade agreement in January covering logistics and farming.

Non-oil trade between the two countries reached $1.2 billion last year, up 11% from 2023, Oman's trade minister said on Monday during a visit to Dar es Salaam.

Kenya's exports to Uganda rose to $900 million last year.
"""


def test_the_two_countries_are_the_pair_named_just_before() -> None:
    # "between the two countries" speaks of Oman and Tanzania, named in the paragraph before,
    # whatever city the minister visited
    expect(answered(_PACT, "how much non-oil trade did oman and tanzania do last year"), "1.2 billion")


def test_the_two_countries_are_no_other_pair() -> None:
    # a pair the story never names is not the two countries
    expect(answered(_PACT, "how much non-oil trade did oman and kenya do last year"), None)


_JV = """| 5 November 2025, Wednesday |

Kazakh terminal operator finds Chinese partner

Traffic through the Altynkol terminal rose 14% in the first nine months of the year, operator Altynkol Logistics said on Tuesday.

Altynkol Logistics is 65% owned by Kazakh state miner Tau Ken Samruk, while China's Qingdao Harbour Holding Group holds the remaining 35%.
"""


def test_the_body_a_stake_is_held_in_owns_no_figure_of_it() -> None:
    # "in Altynkol Logistics" names what the stake is in; the holder asked is the Chinese group
    expect(answered(_JV, "How big a stake does the Chinese harbour group have in Altynkol Logistics?"), "35%")
