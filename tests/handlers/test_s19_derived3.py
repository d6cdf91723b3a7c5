"""Derived figures: which stated level a year-earlier value is worked back from, over a small
made-up story each."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 14 November 2024, Thursday |

Kestrel port traffic jumps

Container traffic at the Kestrel Deep Sea Port jumped 38% in the first nine months of the year from a year earlier to 414,000 twenty-foot equivalent units (TEUs), the port's operator said on Tuesday.

The port's access road has become clogged, with up to 1,200 trucks queuing each day last month.

Exports through Kestrel also grew, with outbound loaded containers rising 24% to 87,000 TEUs, driven by shipments of sesame and cocoa.
"""


def test_a_soft_verb_names_no_measure_of_the_year_before() -> None:
    # "move" is soft; "loaded" carries no meaning of the moving asked, so the lead's total traffic
    # is worked back, not the exports
    expect(answered(_PORT, "how many teus did the port move in the same period last yr"), "300,000")


_RAIL = """| 16 October 2025, Thursday |

Harlan high-speed line gains riders

Average daily ridership on the Harlan high-speed line reached 24,900 in September, compared with 18,300 a year earlier, the operator said on Wednesday.

Weekend trains are often fully booked because of strong demand from domestic tourists.
"""


def test_riders_are_the_ridership() -> None:
    expect(answered(_RAIL, "how many daily riders did the harlan line have in september"), "24,900")


def test_a_count_compared_with_a_year_before_is_a_change() -> None:
    # the two bare counts "compared with" joins, though no "to ... from" pairs them
    expect(answered(_RAIL, "how many more daily riders in sept vs a year ago"), "6,600")
