"""Figure and what questions met on this session's new articles, each a general rule over a small
made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_MILL = """| 5 May 2025, Monday |

Lakeside town opens new wind farm

LAKESIDE, May 5 - The town of Lakeside opened a 40-megawatt wind farm on Sunday, the regional utility said.

The farm will produce enough power for about 21,000 households, the utility said.

Utility head Mara Lind said the company would overhaul its old gas turbine next year at a cost of about 17 million euros. It also plans to seek bids for a 20-MW battery storage system by 2028, she said.

The gas turbine, built in 1979, cost 30 million euros at the time.

The regulator said about 9,000 low-income families would stay on a social tariff.
"""


def test_an_overhaul_is_a_repair() -> None:
    expect(answered(_MILL, "how much will the turbine repair cost"), "17")


def test_seeking_bids_is_tendering() -> None:
    expect(answered(_MILL, "what is the utility going to tender for by 2028"), "battery")


def test_homes_are_households() -> None:
    expect(answered(_MILL, "how many homes will the wind farm power"), "21,000")


def test_a_bare_verb_after_a_counted_plural_ends_what_is_counted() -> None:
    expect(answered(_MILL, "how many poor families keep the social tariff?"), "9,000")


_PORT = """| 5 May 2025, Monday |

Inland province to ship grain through coastal port

Officials said the inland province of Verda would use Port Aldo, the busiest harbour on the southern coast, to ship grain from June.

Verda should also become a trade gateway, the governor said, adding that the province ought to play a role in safeguarding food, water and energy security.
"""


def test_how_a_thing_is_described_in_the_article_is_what_it_is() -> None:
    expect(answered(_PORT, "hows port aldo described in the article"), "busiest harbour")


def test_shd_is_should() -> None:
    query = parse_query("the governor listed how many kinds of security verda shd help protect", stored(_PORT))
    assert not any(t.word == "shd" for t in query.terms)
    expect(answered(_PORT, "the governor listed how many kinds of security verda shd help protect"), "Three")


_TRADE = """| 11 October 2025, Saturday |

Port town's exports to Norway surge

Delmar's exports to Norway soared 25% year-on-year to 50 million euros in the first nine months, customs said.

Imports from Norway fell 3%, it said.
"""


def test_a_hedge_before_the_question_word_asks_no_word() -> None:
    expect(answered(_TRADE, "so roughly what were delmar's norway exports jan-sep 2024 in euros"), "40")



_CARS = """| 11 October 2025, Saturday |

Delmar car output slides

Carmakers in Delmar built 312,000 vehicles in August, down 9% from a year earlier, the industry group said.
"""


def test_a_hedge_before_how_many_still_rounds_the_answer() -> None:
    expect(answered(_CARS, "roughly how many cars did delmar build in august 2024?"), "About 343,000")
