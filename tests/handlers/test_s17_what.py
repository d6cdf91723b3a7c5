"""What / which questions met on the seventeenth session's blind sets, each kept as a general rule
over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_SMELTER = """| 14 November 2024, Thursday |

Smelter upgrade signed

The smelter uses about 2.3 billion kilowatt-hours of electricity a year, or roughly 11% of the country's power output.

Energy Minister Anvar Saidov said the new turbine at the Sarez hydropower plant would add 600 megawatts and help secure the smelter's supply.

Imports of goods reached $3.1 billion in January-September, up 18.2% year-on-year, Trade Minister Zafar Nazarov said in Dushanbe on Wednesday.

Much of the cargo is resold at Dushanbe's Korvon bazaar, traders said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "hydro" is the short of "hydropower" / "hydroelectric"
    ("which hydro plant will help power the smelter", "Sarez"),
    # a bazaar is a market
    ("which dushanbe market resells the imported goods", "Korvon"),
])
def test_a_kind_asked_in_a_plainer_word(question: str, expected: str) -> None:
    expect(answered(_SMELTER, question), expected)


_EARNERS = """| 14 November 2024, Thursday |

Remittances hold up

Money sent home by workers abroad rose 6.8% in the third quarter to a record $17.1 billion, the central bank said.

Remittances are the country's second-largest source of foreign currency after oil exports, bringing in more than tourism.
"""


def test_the_top_thing_ranked_above_the_second() -> None:
    # no name ranked on top, a thing: "what" asks for it, not for the sentence about the second
    expect(answered(_EARNERS, "What's the country's top source of foreign currency?"), "oil exports")


_VOTE = """| 6 November 2025, Thursday |

Central bank holds rates

The central bank kept its main interest rate at 4.0% on Thursday.

Five members of the Monetary Policy Committee voted to leave rates unchanged. Two backed a cut of 0.25 percentage points.
"""


def test_a_vote_split_over_two_sentences() -> None:
    # one side of the vote per sentence: "how did they vote?" wants every side
    expect(answered(_VOTE, "How did the MPC vote?"), "Two backed")
