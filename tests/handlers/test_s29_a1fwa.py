"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TERMINAL = """| 3 March 2025, Monday |

Chinese group to build Baltic grain terminal

A consortium led by China Merchants will invest 410 million euros in the first phase of the terminal at Liepaja, which is designed to handle 4.5 million tonnes of grain a year when it opens in 2028.

The terminal will employ 320 people and its quay will be 600 metres long, the port authority said.

Grain exports through Liepaja rose 12% last year to 2.1 million tonnes.
"""


def test_what_a_plant_is_designed_to_handle_is_its_capacity() -> None:
    expect(answered(_TERMINAL, "What's the planned yearly grain capacity of the new terminal?"), "4.5 million tonnes")


_PARCELS = """| 3 March 2025, Monday |

Cross-border parcel traffic grows

The number of parcels rose 6.1% to 3.8 million in February, while the average parcel weighed 1.4 kg, the postal operator said.

Revenue from the service climbed 9% to 12.5 million euros.

The operator sent 40 trucks a week to Warsaw and employs 900 people at its sorting hub.
"""


def test_a_count_sent_in_the_passive_is_the_count_of_what_was_sent() -> None:
    expect(answered(_PARCELS, "How many parcels were sent in February?"), "3.8 million")
