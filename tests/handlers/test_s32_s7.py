"""Rules met on wave s7's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from knowledge.text import phrase_keys
from tests.handlers.stories import answered, expect, stored

_HARBOUR = """| 14 November 2024, Thursday |

Kenyan cargo pushes China-built Lamu port near capacity

The Chinese-built Lamu Deep Port handled 9.8 million tonnes of cargo in the first 10 months of the year, up 14.6% from a year earlier, port officials said on Tuesday.

The port, built at a cost of $590 million, opened in 2017 near the old town.

Officials plan to open a cold-storage hub at Lamu next year.
"""


def test_what_year_asks_the_year_and_is_no_word_to_find() -> None:
    query = parse_query("what year did lamu port open", stored(_HARBOUR))
    assert "year" not in {t.lemma for t in query.terms}
    reply = answered(_HARBOUR, "what year did lamu port open")
    expect(reply, "2017")


def test_opening_as_first_is_not_the_verb_open() -> None:
    assert "first" not in phrase_keys("open")
    assert "first" in phrase_keys("opening")


_WALKOUT = """| 5 November 2025, Wednesday |

Port traffic dips after dockers' strike

Container volumes at the port of Kelso fell 3.8% in October after a 48-hour strike by crane operators, the operator said on Wednesday.

The walkout by members of the dockers' union on Oct. 14 and 15 forced lines to skip 12 calls, the company said.
"""


def test_two_days_in_a_row_joined_by_and_are_one_span() -> None:
    reply = answered(_WALKOUT, "When did the crane operators walk out?")
    expect(reply, "15")
