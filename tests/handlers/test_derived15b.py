"""Derived answers and follow-ups about figures of the 15th session's second hour: each rule
with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SOMS = """| 21 October 2025, Tuesday |

Kyrgyz miners pay more in royalties

Mining companies paid 9.7 billion soms ($111 million) in royalties in the first eight months, up 18% from a year earlier, the State Tax Service said.
"""


def test_soms_are_money_so_their_dollar_pair_implies_a_rate() -> None:
    # "9.7 billion soms ($111 million)": read as a count of soms, no rate was worked out; and a
    # rate in the tens is quoted to a tenth (87.4), the working to the hundredth (87.39)
    reply = answered(_SOMS, "What som to dollar rate does the royalty figure imply?")
    expect(reply, "About 87.4 soms per dollar")
    expect(reply, "= 87.39")


_ALUMINA = """| 21 October 2025, Tuesday |

Ostland alumina output climbs

Bauxite mining output in Ostland slumped to 11.2 million tonnes last year from 31.8 million tonnes in 2022, energy ministry data show.

Ostland's alumina output rose 10% from a year earlier to 2.2 million tonnes in the first nine months of this year, the producers association said.
"""


def test_the_same_months_of_last_year_are_its_first_months() -> None:
    # "the same nine months of last year" was no time at all, so last year's bauxite answered
    expect(answered(_ALUMINA, "How much alumina did Ostland produce in the same nine months of last year?"), "About 2 million tonnes")


_GOLD = """| 21 October 2025, Tuesday |

Ostland gold output rises

Ostland produced 14.8 tonnes of gold in January-September, up 9.6% from a year earlier, the statistics office said on Monday.

Output at the Kumbel mine, the country's largest, fell 3.1% to 9.2 tonnes in the first nine months, operator Kumbel Gold said last week.
"""


def test_a_word_only_in_a_firms_name_names_no_measure_asked() -> None:
    # "operator Kumbel Gold said": the mine's output, worked back, is not the country's gold
    expect(answered(_GOLD, "How much gold did the country produce in the same nine months last year?"), "About 13.5 tonnes")


_TIMBER = """| 22 October 2025, Wednesday |

Ostland signs timber deals in Harbin

A delegation from Ostland signed 14 agreements with Chinese companies in Harbin on Tuesday, the regional government said.

Ostland's timber exports to China fell 6.8% in the first nine months of the year to 11.2 million cubic metres, Chinese customs data showed on Monday. By value, shipments dropped 9.4% to $2.87 billion, and in the third quarter alone volumes were down 11.5% from a year earlier.
"""


def test_a_sentence_going_on_by_value_carries_the_end_named_before() -> None:
    # "By value, shipments dropped 9.4%" is about the exports to China the sentence before names
    expect(answered(_TIMBER, "What were Ostland's timber exports to China worth in the same nine months last year?"), "About $3.17 billion")
