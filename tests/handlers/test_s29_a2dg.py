"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_PORT = """| 3 March 2025, Monday |

Guinea opens a new ore terminal

The terminal at Kamsar was built by a Chinese contractor at a cost of 1.72 trillion Guinean francs ($200 million), the ports agency said.

Iron ore prices in China rose to 820 yuan ($115) per tonne last month, traders said.
"""


def test_a_currency_named_by_its_countrys_adjective_is_that_countrys_money() -> None:
    # "Guinean francs" is Guinea's money, so "in local currency" is the same amount told in it
    expect(dialog(_PORT, "how much did the terminal cost", "and in local currency?"), "1.72 trillion")


_ZONE = """| 3 March 2025, Monday |

Border trade picks up at Lao Cai

Trade at Lao Cai, which handles most of Vietnam's rail trade with China, slumped last year.

On the Chinese side, authorities in Hekou, the Yunnan province city opposite Lao Cai, opened a new cross-border economic cooperation zone last week covering 12 square kilometres, with warehouses and a customs centre.

Yunnan Hekou Border Trade Co, the state-owned operator of the zone, said it had signed deals with 30 companies.

The company will spend 2 billion yuan on the first phase, chief executive Li Wenjun said.
"""


def test_who_runs_it_after_a_what_answer_asks_of_the_thing_not_a_place_named_with_it() -> None:
    # "it" is the zone just answered; "Yunnan" named beside it is not what is being run
    reply = dialog(_ZONE, "what did china open in hekou last week", "who's running it?")
    assert reply.answered and ("Li Wenjun" in reply.text or "Yunnan Hekou" in reply.text), reply.text


_TRADE = """| 3 March 2025, Monday |

Fiji and China expand trade

Fiji's fish exports to China jumped 41.5% in the first half from a year earlier, the ministry said.

Bilateral trade between China and Fiji rose 6.3% to $512 million last year, with most of it Chinese goods shipped to the islands, the embassy said.

Total Fijian fish exports fell 2.2% last year to $98 million due to weaker catches.
"""


def test_how_much_did_it_grow_after_a_level_is_the_move_its_clause_gives() -> None:
    # "it" is the trade just given; its own "rose 6.3% to" answers, not another thing's rise
    expect(dialog(_TRADE, "what did china-fiji trade reach last yr", "how much did it grow"), "6.3%")
