"""Rules kept from session x5fw, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRAINS = """| 3 March 2025, Monday |

Mongolian miner ships more coal by rail

Gobi Coal Co shipped 2.1 million tonnes of coal to China by rail in the first nine months, the company said on Monday.

In April, the company began running a dedicated daily freight train from Sainshand to the Zamyn-Uud border crossing, each carrying 60 wagons, a manager said.

The line carried 41,200 wagons of Gobi coal between January and September, up from 27,300 in the same period of 2024.
"""


def test_each_asked_is_one_of_them_not_all() -> None:
    expect(answered(_TRAINS, "how many wagons does each of the daily coal trains haul"), "60")
