"""Derived questions met on the third wave's held-out sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_TERMINAL = """| 4 June 2025, Wednesday |

Port of Varna to double grain terminal

The port of Varna will spend 120 million euros on a new grain terminal, its operator said on Wednesday.

The expansion will lift the port's annual grain handling capacity to 7.5 million tonnes from 4.2 million, making it the largest grain port on the Black Sea's western coast.
"""


@pytest.mark.parametrize("question", [
    "how much capacity is the expansion adding",
    "how much capacity will the new terminal add in tonnes",
])
def test_how_much_of_a_thing_added_asks_the_rise(question: str) -> None:
    expect(answered(_TERMINAL, question), "3.3")


_PLANTS = """| 10 November 2025, Monday |

More Bolivian beef plants cleared for Chinese market

The number of Bolivian meat plants approved to export to China rose to 27 from 12 before the new protocol, the agriculture ministry said on Monday.

(Reporting by Ana Quispe in La Paz; Additional reporting by Wei Ming in Beijing; Editing by Tom Hale)
"""


@pytest.mark.parametrize("question", [
    "How many additional plants got approved because of the protocol?",
    "how many extra plants were approved",
])
def test_a_lowercase_comparative_is_no_bylines_name(question: str) -> None:
    expect(answered(_PLANTS, question), "15")
