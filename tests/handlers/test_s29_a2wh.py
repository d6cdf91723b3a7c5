"""What- and how-questions met on this session's sets (which thing, what was done), each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RANKED = """| 3 March 2025, Monday |

Lesotho sells more water to South Africa

Lesotho's water sales to South Africa rose 12% last year to 1.2 billion maloti, the water ministry said.

Water was the country's second-largest export category last year after diamonds, accounting for about 18% of total exports.

The country exported 780 million cubic metres of water in the year, up from 702 million a year earlier.
"""


def test_top_thing_of_a_name_ending_in_s_is_the_one_ranked_above() -> None:
    # "Lesotho's" keeps its s; a name ending in s ("Laos'") takes a bare apostrophe, the same ask.
    expect(answered(_RANKED.replace("Lesotho", "Laos"), "what is laos' biggest export category ahead of water"), "diamonds")


_SHELVED = """| 3 March 2025, Monday |

Ghana's cocoa grinders feel the squeeze

Ghana's cocoa bean exports to the Netherlands fell 9% last year to 210,000 tonnes, the cocoa board said.

Earlier this year, Asante Agro postponed a planned $80 million cocoa butter plant in Kumasi due to the bean shortage.

Asante Agro opened a warehouse in Tema last month.
"""


def test_put_on_hold_is_postponed() -> None:
    expect(answered(_SHELVED, "What did Asante Agro put on hold?"), "cocoa butter")


_HANDOVER = """| 3 March 2025, Monday |

Malawi hands its railway to a Chinese operator

Malawi on Tuesday signed a $640 million deal with China Railway Group to run and upgrade the Nacala line for 30 years.

The line carried 310,000 tonnes of cargo in 2024, down 4.2% from a year earlier.

Railways chief Peter Banda said the state railway owed about $41 million in unpaid salaries and supplier debts, which will be taken over by the new operator under the deal.
"""


def test_what_happens_to_a_thing_is_its_fate_not_a_figure() -> None:
    # "unpaid" is the kind of both nouns joined by "and": the debts are unpaid too.
    expect(answered(_HANDOVER, "What happens to the railway's unpaid debts under the deal?"), "new operator")
