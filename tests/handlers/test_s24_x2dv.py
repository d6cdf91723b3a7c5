"""Derived questions of the twenty-fourth session, second wave: levels worked back a year across
sentences and paragraphs."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA = """| 12 November 2025, Wednesday |

Kenyan tea exports to Egypt rebound

Kenyan tea exports to Egypt rose 25% in the first nine months of the year from a year earlier to 8 billion shillings, the tea board said on Monday. Traders credited a trade fair in Cairo for the rebound.

Shipments by volume climbed 20% to 60 million kg over the same period, the board said.
"""


def test_a_paragraph_going_on_over_the_same_period_is_about_the_lead_it_follows() -> None:
    expect(answered(_TEA, "how many kg went to egypt in the same period last yr"), "50")


_POWER = """| 12 November 2025, Wednesday |

Bhutan boosts power sales to India

Bhutan sold 25% more electricity to India and Bangladesh in the first nine months of the year, its energy minister said on Wednesday.

Electricity exports reached 5,000 gigawatt-hours (GWh) between January and September, Energy Minister Karma Dorji told parliament in Thimphu, with India taking 90% of the total.
"""


def test_a_share_of_the_level_is_no_rate_of_its_own() -> None:
    expect(answered(_POWER, "how much power did bhutan export in the same period a year earlier in gwh"), "4,000")
