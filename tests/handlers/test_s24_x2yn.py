"""Why and yes-no questions met on the second wave's held-out sets, each kept as a general rule
over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA = """| 5 May 2025, Monday |

Kenyan tea sales to Pakistan and Britain rise

Kenya's tea exports to Pakistan and Britain rose in the first quarter, the tea board said on Monday.

Shipments to Pakistan rose 12.5% from a year earlier to 41,000 tonnes in January to March.

Exports to Britain climbed 21.4% to 9,800 tonnes over the same period.

"Pakistani demand has been growing," said trader Ali Khan, who expects volumes to rise 30% next year.
"""


def test_two_moves_told_apart_are_set_against_each_other() -> None:
    reply = answered(_TEA, "did exports to pakistan grow faster than to britain")
    expect(reply, "No.")
    assert "12.5%" in reply.text and "21.4%" in reply.text, reply.text
    expect(answered(_TEA, "did exports to britain grow faster than to pakistan"), "Yes.")


_COFFEE = """| 5 May 2025, Monday |

Peruvian coffee sales to Spain climb

Exports to Spain climbed 18.2% to 12,900 tonnes over the same period, as Spanish roasters sought alternatives to Brazilian beans due to a frost that cut output in Minas Gerais.

Shipments to France fell 3.1% to 4,100 tonnes.
"""


def test_turning_to_goods_is_a_choice_not_an_end_of_trade() -> None:
    expect(answered(_COFFEE, "why are spanish roasters turning to peruvian beans"), "frost")


_ROUTE = """| 5 May 2025, Monday |

Russian grain goes north

A voyage from Murmansk to Shanghai now takes 21 days, compared with about 40 days via the Panama Canal, the shipping agency said.
"""


def test_quicker_of_two_trips_takes_less_time() -> None:
    expect(answered(_ROUTE, "Is the northern route to Shanghai quicker than going through Panama?"), "Yes.")
    expect(answered(_ROUTE, "Is the northern route to Shanghai slower than going through Panama?"), "No.")


def test_depending_keeps_both_hinging_and_relying() -> None:
    # two sessions each wrote a "depend" class; the later silently replaced the earlier
    from knowledge.lexicon import SYNONYMS

    assert {"hinge on", "rely on"} <= set(SYNONYMS["depend"])
