"""The bundled article's last failures of the 15th session, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SHIPMENTS = """| 3 March 2025, Monday |

Vardenia's sales to Ostrava climb

Vardenia's outbound shipments to Ostrava rose 14.2% in the first six months from a year earlier to 12.6 billion crowns.

The province also opened a new rail terminal in April.
"""


def test_what_was_shipped_may_be_stated_by_the_shipments_value() -> None:
    # "how much did X ship" is tonnes as a rule, but "shipments ... to 12.6 billion crowns" is
    # the shipments' own value
    expect(answered(_SHIPMENTS, "how much did Vardenia ship to Ostrava?"), "12.6 billion")


def test_how_many_times_what_they_were_a_year_ago_is_the_growth_multiple() -> None:
    # "rose 14.2% ... from a year earlier": 1.142 times the year-earlier level
    expect(answered(_SHIPMENTS, "so Vardenia's shipments to Ostrava are how many times what they were a year ago?"), "1.14 times")


_TRADE = """| 3 March 2025, Monday |

Vardenia and Ostrava trade hits record

In October, bilateral trade between Vardenia and Ostrava rose to $8.4 billion, customs data showed.
"""


def test_the_whole_of_a_measure_is_the_measure_stated_bare() -> None:
    # "the whole trade" is all of "bilateral trade": no word "whole" to find
    expect(answered(_TRADE, "how much was the whole Vardenia-Ostrava trade in october?"), "8.4 billion")


_PORT = """| 3 March 2025, Monday |

Inland province gets a sea route

In May, officials said the inland province of Merovia would be able to use Tarsk, the largest harbour on the Velian coast, to ship grain south from June.
"""


def test_a_description_asked_is_answered_by_the_name_it_is_set_beside() -> None:
    # "Tarsk, the largest harbour on the Velian coast": the harbour is Tarsk
    expect(answered(_PORT, "what is the largest harbour on the Velian coast?"), "Tarsk.")


def test_acc_to_the_article_is_no_word_to_find() -> None:
    expect(answered(_PORT, "largest harbour on the Velian coast acc to the article?"), "Tarsk")
