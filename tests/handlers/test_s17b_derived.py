"""Derived figures: arithmetic on the figures a story states, labelled as computed from it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BORDER = """| 3 March 2025, Monday |

Sri Lanka's tea sales to Iran climb

Sri Lanka's tea exports to Iran rose sharply in 2024, the tea board said on Monday.

Shipments worth 30.5 billion Sri Lankan rupees ($102 million) left for Iran last year, the board said.
"""


def test_a_rupee_named_with_its_country_is_money_whose_dollar_pair_implies_a_rate() -> None:
    expect(answered(_BORDER, "what rupee-dollar exchange rate does the tea figure imply?"), "299")


_PORT = """| 8 October 2025, Wednesday |

Port of Pecem ships more to China

Coffee exports from Pecem to Japan rose 12% from a year earlier to 2.4 million bags between January and September, while copper shipments to the Asian country climbed 25% to 500,000 tonnes, the port said.
"""


def test_the_regional_country_is_the_country_named_before_not_the_region() -> None:
    # "the Asian country" is Japan again; Asia is no other destination of the copper
    expect(answered(_PORT, "copper shipments to japan same period last year?"), "400,000")

