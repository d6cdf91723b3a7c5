"""Figure questions met on this session's sets that took the wrong figure, each a general rule
over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLANT = """| 3 March 2025, Monday |

Ghana cocoa exports to China climb as Chinese-owned plant ramps up near Tema

Ghana's cocoa bean exports to China rose 21% to 96,000 tonnes in the first half, as a Chinese-owned grinding plant near the port of Tema ramped up output.

Most of the growth came from Volta Cocoa Processing, a plant 22 kilometres east of Tema that employs 800 people.

Minjiang Foods handed over 40 cocoa trucks and two depots to farmers' cooperatives on Tuesday.

Each truck can travel 650 kilometres on a full tank, enough for a return trip to the northern warehouses, the company said.
"""


def test_how_far_is_answered_only_by_a_distance() -> None:
    # the lead's tonnes are no distance; the plant "22 kilometres east of Tema" is
    expect(answered(_PLANT, "how far is the cocoa factory from the port"), "22 kilometres")
