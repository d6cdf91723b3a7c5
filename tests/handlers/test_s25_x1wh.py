"""What- and which-questions met on this session's sets, each a general rule over a small
made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_VENTURE = """| 3 March 2025, Monday |

Kenyan glass plant starts output

The 90 million dollar glass plant near Nakuru is owned by Rift Glassworks, a joint venture in which China's Fujian Crystal Group holds a 60% stake and Kenya's state-owned Industrial Finance Agency holds the remaining 40%.

Construction took 18 months, the company said.
"""


@pytest.mark.parametrize("question", ["Which companies own the joint venture that runs the plant?",
                                      "who owns the joint venture that operates the factory"])
def test_a_relative_clause_on_the_asked_noun_need_not_be_stated(question: str) -> None:
    expect(answered(_VENTURE, question), "Fujian Crystal")


_LOAN = """| 3 March 2025, Monday |

Chinese banks to fund Tanzanian rail line

Export-Import Bank of China and China Development Bank have agreed in principle to lend $1.4 billion for the line, the finance ministry said.

"Chinese money has become the project's lifeline because Western lenders refused to back it," said Amina Juma, an analyst at Dar-based Kilima Research.
"""


def test_which_banks_is_never_answered_by_a_quoted_person() -> None:
    reply = answered(_LOAN, "which chinese banks are funding it")
    expect(reply, "Development Bank")
    assert "Amina" not in reply.text
