"""Figure questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ORDER = """| 3 March 2025, Monday |

Romania buys Turkish drones

Romania signed a 2.1 billion lei contract with Turkey's Anka Aero on Monday for 40 reconnaissance drones and 12 ground stations, the defence ministry said.

The first 16 drones will arrive next year. The remaining 24 drones will be assembled in Romania from 2027.

Monday's contract is the first under a framework deal Romania agreed last year, which allows up to 90 drones in total.
"""


def test_a_ceiling_in_an_aside_and_a_remainder_rank_below_the_firm_figure() -> None:
    expect(answered(_ORDER, "how many drones is romania getting in this deal"), "40")


def test_a_ceiling_asked_for_is_still_the_answer() -> None:
    expect(answered(_ORDER, "what is the most drones the framework deal allows, up to how many"), "90")


_ORDER_PARTS = """| 3 March 2025, Monday |

Romania buys Turkish drones

Romania signed a 2.1 billion lei contract with Turkey's Anka Aero on Monday for 40 reconnaissance drones, the defence ministry said, its biggest arms deal this year.

The first batch arrives next year. Under the deal, the remaining 24 drones will be assembled locally from 2027.
"""


def test_a_remainder_ranks_below_the_whole_it_is_part_of() -> None:
    expect(answered(_ORDER_PARTS, "how many drones is romania getting in this deal"), "40")
