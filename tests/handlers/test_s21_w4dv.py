"""Derived questions met on the 21st session's held-out sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 4 May 2025, Sunday |

New port terminal handles first cargo

The new terminal at Kalvik handled 42,000 tonnes of grain in its first quarter of operation, the port authority said on Friday.

The port's director said the figure was encouraging.

Grain volumes nonetheless fell short of the 60,000 tonnes officials had predicted for the quarter, because the conveyor belts were installed late.
"""


def test_units_short_of_a_forecast_its_forecasters_stand_before_the_verb_of() -> None:
    # "the 60,000 tonnes officials had predicted": the forecast, though its forecasters part the
    # figure from their verb; "how many tonnes short of" asks the gap to it.
    reply = answered(_PORT, "how many tonnes short of the forecast was grain at the terminal")
    expect(reply, "18,000")
