"""What questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_TENDER = """| 3 March 2025, Monday |

Wine importer gets rice tender

Tokyo-based Hanami Foods was awarded a government tender to import 20,000 tonnes of rice, the farm ministry said on Monday.

The successful bidder must store the rice for one year before selling it, the ministry said. Wine imports rose 4% last year.
"""


def test_a_consonant_doubled_before_an_ending_is_no_slip_of_a_word_with_it_once() -> None:
    # "winning" is "win" + "ing", as English spells it: no "wining" of the story's wine.
    query = parse_query("what must the winning bidder do", stored(_TENDER))
    assert [t.lemma for t in query.terms if t.word.lower().startswith("win")] == ["win"]


_BORDER = """| 3 March 2025, Monday |

Himalayan trade route reopens

Trade between the two countries rose 12% last year to $2.1 billion, customs data showed.

The Kodari crossing, the second busiest route between the two countries, has stayed shut since a flood washed away its bridge in 2021.

Mountain exports are dominated by timber and wool, while tea makes up less than 3% of the total.
"""


def test_a_description_beside_the_thing_asked_is_passed_for_what_is_said_of_it() -> None:
    reply = answered(_BORDER, "what's the situation at the Kodari crossing?")
    expect(reply, "shut")


def test_a_word_for_goods_after_what_asks_the_goods_not_an_amount() -> None:
    query = parse_query("what goods dominate mountain exports", stored(_BORDER))
    assert query.intent == "what"
    expect(answered(_BORDER, "what goods dominate mountain exports"), "timber")


_CUSTOMS = """| 3 March 2025, Monday |

Port speeds up paperwork

A new electronic system has cut average customs clearance times at the port to 36 hours from five days, its director said on Monday.

Container volumes rose 9% to 410,000 TEUs last year, and the port's share of national imports grew to 22%.
"""


def test_how_fast_a_thing_done_is_asks_the_time_it_takes() -> None:
    query = parse_query("how fast is customs clearance now", stored(_CUSTOMS))
    assert query.wants == "duration"
    expect(answered(_CUSTOMS, "how fast is customs clearance now"), "36 hours")


_PEARS = """| 3 March 2025, Monday |

Pear exporters lose ground in Japan

Exports of pears to Japan fell 8% to 12,000 tonnes last season, the growers' association said on Monday, citing tougher competition from Peruvian and Spanish fruit.

Sales to Taiwan rose 5% to 3,400 tonnes, it said.
"""


def test_which_countries_things_are_asked_by_the_nationality_before_them() -> None:
    reply = answered(_PEARS, "Which countries' fruit is competing with the pears in Japan?")
    expect(reply, "Peru")
    expect(reply, "Spain")
