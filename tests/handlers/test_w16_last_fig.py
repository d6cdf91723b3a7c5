"""Figure rules of the sixteenth session's last pass, each over a small made-up story."""

from __future__ import annotations

from handlers import answer
from knowledge.store import Store

_MINE = """| 4 June 2025, Wednesday |

Tajik zinc miner signs deals with Chinese firms

The new refinery, which will cost $1.9 billion in total, is partly financed by a $700 million, 12-year loan from China Development Bank signed last year, with the rest coming from the Fund for Development of Tajikistan and the company's own cash. The company said last week it had repaid $200 million of an earlier Chinese loan ahead of schedule.
"""


def _store(text: str) -> Store:
    store = Store.memory()
    store.ingest_text(text)
    return store


def test_a_figure_before_a_second_adjective_keeps_its_noun() -> None:
    reply = answer("how big is the china development bank loan", _store(_MINE))
    assert reply.answered and "700 million" in reply.text, reply.text


_SMELTER = """| 4 June 2025, Wednesday |

Tajik zinc miner borrows from China

Tajikistan's zinc exports rose 12.5% to $840 million in January-May, the statistics agency said.

The refinery took a $700 million loan from China Exim Bank last year.
"""


def test_a_firm_named_after_a_place_is_no_part_that_went_there() -> None:
    reply = answer("What share of Tajikistan's zinc exports went to China?", _store(_SMELTER))
    assert not reply.answered, reply.text


_TRADE = """| 18 October 2023, Wednesday |

Korea's exports rise in September as US demand offsets China slump

Korea's exports rose 4.3% in September to $55.1 billion, as strong car shipments to the United States made up for weak demand in China.

Imports fell 16.3% to $51.4 billion. That left a trade surplus of $3.7 billion.

Exports to the United States jumped 13.9% to $10.2 billion, while imports from the US fell 8.4% to $6.1 billion.
"""


def test_a_balance_with_a_partner_is_not_the_whole_balance() -> None:
    reply = answer("How big was Korea's trade surplus with the US in September?", _store(_TRADE))
    assert "3.7 billion" not in reply.text, reply.text
    reply = answer("How big was Korea's trade surplus in September?", _store(_TRADE))
    assert reply.answered and "3.7 billion" in reply.text, reply.text
