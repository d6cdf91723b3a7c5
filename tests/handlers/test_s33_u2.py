"""Rules met on wave u2's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_FAIR = """| 3 March 2025, Monday |

Traders flock to Kazan fair

Almost 600 Turkish companies attended the trade fair in Kazan on Friday, the organisers said.

Exports to Poland, the largest buyer, dropped 41% to 2,100 tonnes in the first half, while shipments to Latvia fell 18% to 900 tonnes, customs data showed.
"""


def test_a_bound_put_up_bare_is_a_yes_no_question() -> None:
    assert parse_query("more than a thousand turkish companies at the kazan fair?", stored(_FAIR)).intent == "yesno"
    reply = answered(_FAIR, "more than a thousand turkish companies at the kazan fair?")
    expect(reply, "600")
    assert reply.text.startswith("No")


def test_a_bound_set_against_the_figure_of_the_place_asked_not_another() -> None:
    reply = answered(_FAIR, "did shipments to poland fall more than 30 pct")
    expect(reply, "41%")
    assert reply.text.startswith("Yes")


_TRAIN = """| 3 March 2025, Monday |

New freight link opens between Almaty and Tashkent

Freight moved by rail between the two countries rose 12% in the first half to 1.4 million tonnes, the railway said.

The first train, made up of 40 wagons carrying cotton yarn, cement and steel pipes, left Almaty on Tuesday.

The service will run twice a week.
"""


def test_a_cargo_asked_is_told_by_what_the_carrier_was_carrying() -> None:
    expect(answered(_TRAIN, "what cargo was on the first train"), "cotton yarn")


_HAULAGE = """| 3 March 2025, Monday |

Miner moves more ore by rail

The company moved 60% of its ore by rail last year. The rest was moved by truck at about 41 pesos per tonne, against 17 pesos by rail.
"""


def test_one_way_of_carrying_set_against_another_by_their_amounts() -> None:
    reply = answered(_HAULAGE, "is rail more expensive than trucking for ore")
    expect(reply, "17 pesos")
    assert reply.text.startswith("No")
    assert answered(_HAULAGE, "is the train cheaper than trucks").text.startswith("Yes")


_SALES = """| 3 March 2025, Monday |

Province's sales to Kazakhstan jump

Gansu's outbound shipments to Kazakhstan rose 41.2% in the first nine months from a year earlier to 12.55 billion yuan ($1.72 billion), customs data showed.

The provincial capital Lanzhou hosted a trade fair in June.
"""


def test_a_request_for_the_figure_in_its_units_closing_a_question_is_no_word_of_it() -> None:
    reply = answered(_SALES, "gansu->kazakhstan exports jan-sep, give me the number in both yuan and dollars")
    expect(reply, "12.55 billion yuan")
    expect(answered(_SALES, "gansu->kazakhstan shipments 9mo, give me both the rmb and usd amounts"), "1.72 billion")


_CAPITAL = """| 3 March 2025, Monday |

Firms meet in Harbin

The meeting in Harbin, the capital of Heilongjiang province, drew 300 companies on Friday.
"""


def test_a_place_blank_written_as_where_is_the_place_it_belongs_to() -> None:
    expect(answered(_CAPITAL, "harbin is the provincial capital of where"), "Heilongjiang")


_STATS = """| 3 March 2025, Monday |

Trade between Chile and Peru hits record

In October, trade between Chile and Peru rose to $1.2 billion, according to the data by Peru's General Customs Office earlier this month.
"""


def test_who_compiled_the_figures_is_who_they_come_from() -> None:
    expect(answered(_STATS, "which agency compiled the oct chile-peru trade stats"), "General Customs Office")
