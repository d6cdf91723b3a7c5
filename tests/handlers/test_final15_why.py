"""Why and yes/no questions of the fifteenth session's sealed articles."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA = """| 3 March 2025, Monday |

Kenya tea exports rise

Kenya earned 1.2 billion dollars from tea exports last year, the tea board said.

Pakistan remained the biggest buyer, taking 180,000 tonnes, followed by Egypt and Britain.
"""


def test_no_1_customer_is_the_biggest_buyer() -> None:
    # "is Pakistan still the No. 1 customer?" / "Pakistan remained the biggest buyer"
    expect(answered(_TEA, "is pakistan still the no. 1 customer?"), "Yes")


_SPICE = """| 3 March 2025, Monday |

Vietnam pepper earnings climb

Vietnam earned 1.1 billion dollars from pepper exports last year, the pepper association said.

Exports to the European Union fell 4.1% to 21,000 tonnes as buyers prepared for new rules on pesticide residues.
"""


def test_sales_to_a_bloc_are_exports() -> None:
    # "did pepper sales to the EU go up?" / "Exports to the European Union fell 4.1%"
    expect(answered(_SPICE, "did pepper sales to the EU go up last year?"), "No")


_FERRY = """| 3 March 2025, Monday |

Baltic rail freight climbs

Freight on the Baltic rail and ferry route rose 18% last year to 3.1 million tonnes, the railway said.

"The bottleneck is no longer the track but the Gulf crossing, due to a shortage of ferries and ice at the northern ports," the deputy chairman said.
"""


def test_a_weak_link_is_the_bottleneck_and_a_leg_the_crossing() -> None:
    # "why is the Gulf leg the weak link?" / "The bottleneck is ... the Gulf crossing, due to ..."
    expect(answered(_FERRY, "why is the gulf leg the weak link?"), "shortage of ferries")
