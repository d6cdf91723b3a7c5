"""Derived figures met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MEMBERS = """| 3 March 2025, Monday |

Fruit growers join export scheme

The scheme, agreed in Lima last May, requires every cargo to be inspected before loading. A total of 42 growers are now certified under the scheme, up from 15 when it took effect.

Shipments rose 20% in the first half, the ministry said.
"""


def test_how_many_more_since_a_start_is_the_gain_not_a_running_total() -> None:
    reply = answered(_MEMBERS, "how many more growers have been certified since the scheme started")
    expect(reply, "27")


_PRICES = """| 3 March 2025, Monday |

Bread gets cheaper as wheat slides

Consumer prices rose 2.9% year-on-year in February, the statistics office said.

A kilogram loaf of white bread cost an average of 4.50 lei at supermarkets in February, according to a retail survey, versus 5.00 lei a year earlier.
"""


def test_a_level_after_versus_is_the_level_left() -> None:
    reply = answered(_PRICES, "By what percent did a loaf of bread get cheaper compared with a year before?")
    expect(reply, "10")
