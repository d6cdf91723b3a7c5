"""Derived questions of the 22nd session: a level a year before worked back from its rate when the
question's wording hid the rate's sentence."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 12 March 2025, Wednesday |

Malta's Marsaxlokk port handles more boxes

Malta's Marsaxlokk Port Authority said on Tuesday its container throughput rose 8% last year to 3.24 million twenty-foot equivalent units (TEUs).

Olive oil shipments to Italy jumped 25% over the same period to 4.5 million litres, making it the biggest buyer.
"""


def test_a_country_in_the_possessive_before_the_asked_place_is_where_it_is() -> None:
    # "Malta's Marsaxlokk Freeport Terminal": Malta holds the asked port, no rival place
    expect(answered(_PORT, "How many TEUs did Marsaxlokk handle last year?"), "3.24 million")


def test_a_named_year_before_the_figure_is_worked_back_through_the_possessive() -> None:
    expect(answered(_PORT, "How many TEUs did Marsaxlokk handle in 2023?"), "3 million")


def test_a_light_verb_before_a_time_keeps_its_own_sense() -> None:
    # "take in the same period": the "in" opens the time, no "take in" (receive)
    expect(answered(_PORT, "how much olive oil did italy take in the same period last year"), "3.60 million")


_WINE = """| 12 March 2025, Wednesday |

Maltese wine fetches record prices as Libya demand climbs

Maltese wine fetched record prices at the Valletta fair on Tuesday, as brisk buying from Libya outweighed a drop in output, traders said.

Malta's wine production fell 4.2% to 20.5 million litres in the first nine months of the year, data released on Monday showed.

Shipments to Libya nonetheless jumped 20% over the same period to 1.2 million litres, making it the second-largest buyer of Maltese wine after France, which took 2.6 million litres.

Total wine exports reached 9.1 million litres in January to September, an increase of 11.6% from a year earlier, the trade minister said.
"""


def test_a_measure_named_only_for_another_subject_rules_out_no_figure_of_the_one_asked() -> None:
    # "Total wine exports" and "wine production" name the wine but not Libya, whose shipments
    # name it only as what Libya buys
    expect(answered(_WINE, "how much wine did libya take in the same period last year"), "1 million")
