"""Rules met on the o3 wave's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Harbourtown port lifts box volumes

HARBOURTOWN, March 3 - The port of Harbourtown handled 2.1 million TEUs of containers last year, up 9.4% from the year before, the port authority said on Monday, as new cranes entered service at its main terminal.

The authority said volumes in December alone rose 12% to 190,000 TEUs.

The increase came mainly because shipping lines moved calls from nearby Eastbay, where a strike has closed two berths, and due to stronger shipments of timber and wool, the authority said.

The port plans to dredge its channel to 15 metres next year.
"""


def test_a_move_named_again_then_its_cause_answers_why_over_a_loose_as() -> None:
    reply = answered(_PORT, "why did container volumes go up")
    expect(reply, "Eastbay")
    assert "wool" in reply.text, reply.text


_RAIL = """| 3 March 2025, Monday |

Steppe opens ore railway to the border

The new railway will carry 20 million tonnes of ore a year to the border, the operator said on Monday. The operator will charge a rail tariff of 9,000 tenge ($18) per tonne to move ore to the border.

The railway cost 800 billion tenge ($1.6 billion) and was financed by the operator and a state loan, its chief executive said.
"""


def test_a_subject_then_cost_then_a_sum_is_what_the_subject_cost() -> None:
    reply = answered(_RAIL, "how much did the railway cost to build")
    expect(reply, "800 billion")


_QUAY = """| 3 March 2025, Monday |

Harbourtown terminal lengthens its berth

The terminal operator has ordered four new cranes from a Chinese maker, it said on Monday.

The cranes are part of a 40 billion peso ($42 million) investment by the operator to extend its quay by 300 metres, work it expects to finish next year.

The port handled 2.1 million TEUs last year.
"""


def test_spending_on_an_extension_meets_an_investment_to_extend() -> None:
    reply = answered(_QUAY, "how much is the operator spending on the quay extension")
    expect(reply, "40 billion")


_ORE = """| 3 March 2025, Thursday |

Sahel ore sales to China climb

The state miner shipped 5.1 million tonnes of ore to China in 2024, up 12% from a year earlier, the company said on Tuesday.

Sales to China were worth $610 million last year and accounted for 60% of the miner's total exports of 8.5 million tonnes, the statement said.
"""


def test_a_share_told_before_its_whole_leaves_the_rest_to_others() -> None:
    reply = answered(_ORE, "how many tonnes did the miner export to places other than china in 2024")
    expect(reply, "3.4")


def test_an_ension_noun_meets_its_verb() -> None:
    from knowledge.text import stem
    assert stem("extension") == stem("extend") == stem("extended")
    assert stem("suspension") == stem("suspend")


_COPPER = """| 3 March 2025, Monday |

Andean copper exports climb

The country exported 1.9 million tonnes of copper in January-June, up 14% from the same period last year, customs data showed on Tuesday. Copper export earnings in the period rose 4.1% to $9.2 billion, as higher volumes offset lower prices for cathode in China.

The government pushed for the railway because heavy trucks have damaged roads, and because border congestion has capped exports during peak months. Copper is the country's largest export.
"""


def test_a_reason_naming_what_the_move_is_compared_with_still_answers() -> None:
    reply = answered(_COPPER, "why did copper export earnings grow slower than volumes")
    expect(reply, "lower prices")


def test_a_reason_naming_what_the_move_is_compared_with_answers_in_a_whole_story() -> None:
    # Among a whole story's sentences, the plain "because" of another paragraph would win if the
    # reason clause ("as higher volumes offset lower prices") were taken for the fact asked.
    reply = answered("mn_rail", "why did coal export earnings rise less than volumes")
    expect(reply, "lower prices")
