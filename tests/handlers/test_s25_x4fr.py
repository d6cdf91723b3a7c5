"""Figure questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_VOYAGE = """| 3 March 2025, Monday |

Peruvian avocado shipments to China climb as direct sea route cuts transit time

Peru's avocado exports to China rose 21% in the first half to 64,000 tonnes, the trade ministry said on Monday.

The first vessel on a weekly direct route from Peru's Chancay port to Shanghai, operated by COSCO Shipping Lines, docked last week with 380 refrigerated containers of avocados on board. The voyage took 23 days.

A COSCO spokesperson said the company had booked 2,600 refrigerated containers on the route through the end of the year.
"""


def test_a_phrase_meaning_carried_names_no_other_kind_of_ship() -> None:
    # "containers of avocados on board" measures no "on" as another kind than the asked "direct ship"
    expect(answered(_VOYAGE, "how many reefer containers were on the first direct ship"), "380")
