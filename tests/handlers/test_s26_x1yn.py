"""Yes-no questions met on this session's sets: the answer gives the figure that decides it,
each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_COCOA = """| 3 March 2025, Monday |

Ghana's cocoa shipments to China climb

Ghana's cocoa exports to China rose 22.5% to 310,000 tonnes in the first nine months of the year, the cocoa board said on Tuesday.

The shipments were worth $2.1 billion, up from $1.6 billion a year earlier. China took 28% of Ghana's cocoa exports by volume, against 31% in the same period of 2023.

Ghana's cocoa board said it expects China's share to rise next year as new grinding plants open in Tema.
"""


def test_a_share_asked_moving_is_told_by_its_two_levels() -> None:
    reply = answered(_COCOA, "did china's share of ghana's cocoa exports go up vs last yr")
    expect(reply, "No.")
    expect(reply, "31%")


_GROUNDNUTS = """| 3 March 2025, Monday |

Gambia's farm exports to China grow

Gambia's groundnut exports to China rose 14.2% to 61,300 tonnes in the first nine months of the year, the trade ministry said.

Cashew shipments to China fell 3.5% to 8,400 tonnes over the same period, while sesame sales climbed 9.1% to 12,700 tonnes.

China took 58% of Gambia's groundnut exports by value, compared with 47% a year earlier.
"""


def test_peanuts_are_groundnuts() -> None:
    reply = answered(_GROUNDNUTS, "did china's share of gambia's peanut exports go up vs a yr earlier")
    expect(reply, "Yes.")
    expect(reply, "58%")

