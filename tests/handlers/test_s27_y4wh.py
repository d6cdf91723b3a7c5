"""What-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DEAL = """| 3 March 2025, Monday |

Peruvian avocado growers find new buyers in China

Avocado exports from Peru to China rose 22% last year to 61,000 tonnes, the agriculture ministry said.

Lima Verde Agricola SA, one of the northern Piura region's biggest fruit packers, said it signed a contract last month with Shanghai-based distributor Jinhai Fresh Foods to deliver 4,800 tonnes of avocados by late January, and plans to build a cold-storage depot in Paita next year.
"""


def test_what_deal_was_signed_reads_on_to_the_other_party() -> None:
    # The object of the asked verb ("signed a contract ... with <party> to deliver ...") runs past
    # a short clause: the window reaches the clause's end, not a fragment cut before the party.
    expect(answered(_DEAL, "What deal did Lima Verde sign last month?"), "Jinhai Fresh Foods")


_LOAN = """| 3 March 2025, Monday |

Tanzania's cashew farmers look to China

Tanzania shipped 95,000 tonnes of raw cashew nuts to China last year, up 31%, the cashew board said.

The government also plans to start upgrading the Mtwara-Mbamba Bay highway next year with a 61 billion shilling loan from the China Development Bank, which would cut haulage costs for growers, Mwinyi said.
"""


def test_what_a_loan_is_for_keeps_the_use_before_it() -> None:
    # The clause reads whole in the wide window: the use named before "with a ... loan" stays.
    expect(answered(_LOAN, "What will the China Development Bank loan be used for?"), "highway")
