"""Rules met on wave l3's held-out questions, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_FARMS = """| 3 March 2025, Monday |

Kenyan maize growers see mixed season

Kenya's maize harvest rose 6% to 4.1 million tonnes this year, the agriculture ministry said on Monday.

Higher prices for seed, herbicides and transport have squeezed margins for small farmers, the ministry said.

Paraguay has no diplomatic relations with Beijing and recognises Taiwan instead, traders said.

The mill will shut its No. 2 dryer and a silo conveyor for 20 days of planned maintenance in June.

Non-farm output is expected to rise about 9%, driven by tourism and construction.
"""


def test_what_plural_doing_a_squeeze_asks_the_cause() -> None:
    # "what costs are squeezing margins": the kinds that do it, not the amount of the costs
    assert parse_query("what costs are squeezing farmers margins", stored(_FARMS)).intent == "why"
    expect(answered(_FARMS, "what costs are squeezing farmers margins"), "herbicides")
    expect(answered(_FARMS, "what is squeezing farmers margins"), "herbicides")


def test_ties_are_relations() -> None:
    expect(answered(_FARMS, "which country does paraguay have ties with"), "Taiwan")


def test_a_turnaround_is_planned_maintenance() -> None:
    expect(answered(_FARMS, "what units will be shut for the turnaround"), "silo conveyor")


def test_what_kinds_pushing_a_measure_up_asks_what_drives_it() -> None:
    assert parse_query("what sectors are pushing non-farm output up", stored(_FARMS)).intent == "why"
    expect(answered(_FARMS, "what sectors are pushing non-farm output up"), "tourism")


def test_what_pushing_for_is_no_cause() -> None:
    assert parse_query("what groups are pushing for a ban", stored(_FARMS)).intent != "why"


_DEBT = """| 3 March 2025, Monday |

Utility's debt falls after state support

The Treasury transferred 70 billion rand during the year, and the final tranche of 40 billion rand is due in April provided Zenco meets conditions including a freeze on new borrowing.
"""


def test_a_slice_is_a_tranche() -> None:
    expect(answered(_DEBT, "how big is the final slice"), "40 billion rand")


_PORT = """| 3 March 2025, Monday |

New berth opens at Kamsar

A new ore berth at Kamsar, financed by a $200 million loan from the Vesta Development Bank and built by Haiyang Marine Works Co, opened last month, the port authority said.

Moscow steers its Arctic gas exports to Asia because Western sanctions have shut them out of Europe, analysts said.
"""


def test_a_participle_joined_by_and_in_an_aside_has_its_own_agent() -> None:
    reply = answered(_PORT, "which company built the new berth")
    expect(reply, "Haiyang Marine Works")
    assert reply.text.startswith("Haiyang"), reply.text  # not the lender of the aside's first participle


def test_towards_is_no_word_to_find() -> None:
    expect(answered(_PORT, "why is moscow pushing its arctic gas towards asia"), "sanctions")
