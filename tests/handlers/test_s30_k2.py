"""Follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog

_ROUTE = """| 4 April 2025, Friday |

Inland state gets a sea outlet

Officials said the mountainous state of Karvena would be able to use Port Belmar, the largest harbour on the western coast, to ship timber to Dunmore and Ashby in the southern state of Velloria from July, cutting costs for Karvena loggers.

Timber prices rose 3% last month, traders said.
"""


def test_a_follow_up_asking_where_goods_end_up_looks_past_the_place_just_answered() -> None:
    # "those goods" are the ones just told of, setting out from the state just answered: where
    # they end up is another place, the one they are shipped to.
    reply = dialog(_ROUTE, "which mountainous state got to use a western port", "and those goods end up in which state")
    assert "karvena (" not in reply.text.lower()[:12]
    assert "dunmore" in reply.text.lower() or "velloria" in reply.text.lower()
