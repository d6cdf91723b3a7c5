"""What- and how-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_STAKE = """| 3 March 2025, Monday |

Chinese dairy group buys into Mongolian yak milk maker

Last month, Beijing-based Huaxia Dairy agreed to buy a 30% stake in Tal Milk for $12 million. Tal said it would use the money to build a cheese plant in Darkhan and to add cooling tanks for herders.

Tal shipped 52 containers of yak milk powder to China last year, up from 30 a year earlier, its chief executive said.
"""


@pytest.mark.parametrize("question", ["what will tal spend the huaxia money on", "What will the Huaxia money be used for?"])
def test_what_money_is_spent_on_is_the_sentence_saying_its_use(question: str) -> None:
    expect(answered(_STAKE, question), "cheese plant")


_LOANS = """| 3 March 2025, Monday |

Chinese banks lend to Tanzanian railway

Three Chinese state banks have agreed to lend $1.2 billion for the railway, about 60% of its debt, the finance ministry said.

The Chinese loans will cover signalling, electrification and four freight depots along the line, according to a term sheet.
"""


def test_what_a_loan_pays_for_may_lack_the_questions_spending_words() -> None:
    expect(answered(_LOANS, "What will the Chinese loan money be used for?"), "signalling")


_ROUTE = """| 3 March 2025, Monday |

Chilean cherries sail direct to China from new port

The first cargo of cherries left San Antonio's new terminal on Monday bound for Shanghai. The direct route cuts transit time for growers to about 25 days from roughly 40 days through Panama.

Growers still face higher costs due to a 12% rise in ocean freight rates since June and a stronger peso.
"""


def test_how_something_helps_is_the_good_its_sentence_states_not_a_cause_elsewhere() -> None:
    expect(answered(_ROUTE, "How does the direct route help growers?"), "25 days")


_PROTOCOL = """| 3 March 2025, Monday |

Chilean pork exports to China climb

Chile's pork exports to China rose 12% last year to 90,000 tonnes, the farm ministry said.

Last week, officials from the two countries signed a sanitary protocol in Beijing that opens China to Chilean frozen pork, offal and lard, the farm minister said.

Chile's pork exports to Japan rose 8% last year.
"""


def test_a_market_opened_to_a_nations_goods_is_where_they_go() -> None:
    expect(answered(_PROTOCOL, "what products does the new protocol let chile sell to china"), "offal")
