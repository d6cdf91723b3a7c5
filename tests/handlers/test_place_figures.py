"""Figures of a place or a body: a town and its country, a sentence that goes on about the place
or the body just named, and the day's market move beside a longer run."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MILL = """| 12 May 2025, Monday |

Nordpulp to cut output as pulp prices slide

Finnish paper maker Nordpulp said on Monday it would cut 800 jobs across Finland and Sweden.

It will decide by June whether to shut its board mill in Gdansk, Poland, which employs about 310 people.

Separately, the company plans a 1.4 billion euro ($1.57 billion) tissue mill in Tampere, Finland. The mill will have annual capacity of 220,000 tonnes, enough for about 9 million households.

Nordpulp shares slid 6.2% to 14.10 euros by 1100 GMT, taking their fall since 2021 to about 48%.
"""


def test_a_town_and_its_country_are_one_place_when_the_town_is_asked() -> None:
    # "in Gdansk, Poland" is no list of two places: the 310 people are the Gdansk mill's.
    expect(answered(_MILL, "how many ppl work at the gdansk mill"), "310")


def test_a_sentence_going_on_about_the_place_just_named_answers_for_it() -> None:
    # "The mill will have ..." follows the sentence naming Tampere; the cost beside the place
    # is not the capacity asked.
    expect(answered(_MILL, "tampere tissue mill capacity?"), "220,000")


def test_the_days_market_move_is_todays_beside_a_run_since_a_year() -> None:
    expect(answered(_MILL, "nordpulp share price drop today"), "6.2%")


_LENDER = """| 4 June 2025, Wednesday |

Banca Orsini bids for rival Cassa Adriatica

Banca Orsini offered 2.1 billion euros on Tuesday for Cassa Adriatica, its smaller rival.

Adriatica shares jumped 9.4% to 5.10 euros in Milan.

Cassa Adriatica had 31.2 billion euros of customer loans at the end of March. Its gross non-performing loan ratio fell to 3.1% from 3.9% a year earlier.
"""


def test_a_sentence_going_on_about_a_body_named_in_full_answers_for_its_short_name() -> None:
    # "Its ..." follows "Cassa Adriatica had ...": the ratio is Adriatica's.
    expect(answered(_LENDER, "adriatica bad loan ratio now"), "3.1%")
