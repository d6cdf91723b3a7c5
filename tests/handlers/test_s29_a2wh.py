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
