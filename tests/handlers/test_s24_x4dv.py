"""Derived figures over a small story: the rate a currency pair implies when one amount is told
again in another currency a paragraph on."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_JUTE = """| 4 November 2025, Monday |

Jute exports climb

Bangladesh's exports of jute goods rose 14.6% in the July-October period from a year earlier to $312.4 million, data from the export bureau showed on Monday.

In local currency terms, the July-October shipments were worth 37.34 billion taka, the bureau said.

Raw jute prices at wholesale markets have climbed to 3,400 taka per maund, mill owners said.
"""


def test_a_price_per_unit_is_no_total_restated_in_another_currency() -> None:
    # "3,400 taka per maund" is a price of a unit: the 37.34 billion taka is still the one
    # amount in taka that restates the $312.4 million, so the pair implies a rate
    expect(answered(_JUTE, "what taka per dollar rate do the july-october export numbers imply"), "119.5")
