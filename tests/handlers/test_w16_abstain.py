"""Questions the story does not answer though it states a like figure: another end of a trade,
another thing of the headline, another place a figure is set against."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_TRADE = """| 3 March 2025, Monday |

Island trade grows in first quarter

Tavira's imports from Norway jumped 21.4% year on year to 7.2 billion euros in the first quarter, while its exports to the Gulf Cooperation Council rose 11.5% to 4.1 billion euros, customs said on Monday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("How much did Tavira export to Norway in the first quarter?", None),
    ("How much did Tavira import from Norway in the first quarter?", "7.2 billion euros"),
    ("How much did Tavira export to the Gulf Cooperation Council?", "4.1 billion euros"),
])
def test_a_clause_with_another_end_of_the_trade_asked_answers_not(question: str, expected: str | None) -> None:
    expect(answered(_TRADE, question), expected)


_BORDER = """| 3 March 2025, Monday |

Laotian rice, rubber shipments to Thailand climb

Rice shipments through the Vangtao crossing rose 12.1% to 410,000 tonnes in the first two months, customs said.

Rubber exports via Huay Kon climbed 8.4% to 92,000 tonnes over the same period, earning $140 million.

Rice is the country's biggest farm export and rubber its second, with Thailand buying most of the rice.

Traders expect rice and rubber shipments to keep rising through the dry season.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much rice was shipped via huay kon", None),
    ("how much rubber was shipped via huay kon", "92,000 tonnes"),
    ("how much rice went through vangtao", "410,000 tonnes"),
])
def test_a_sentence_naming_one_of_the_headlines_listed_things_is_not_about_the_other(question: str, expected: str | None) -> None:
    expect(answered(_BORDER, question), expected)


_PORTS = """| 3 March 2025, Monday |

Island ports busier

Container throughput at Porto Novo rose 9.2% last year to 1.44 million twenty-foot equivalent units (TEUs), making it the busiest port on the island, ahead of Santa Luzia port.

The island's ferries carried 3.1 million passengers last year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What was container throughput at Santa Luzia port last year?", None),
    ("What was container throughput at Porto Novo last year?", "1.44 million"),
])
def test_a_place_a_figure_is_set_against_is_not_its_place(question: str, expected: str | None) -> None:
    expect(answered(_PORTS, question), expected)


_MINERS = """| 3 March 2025, Monday |

State miners ship more coal

Zorvani Tavan Gol, the state miner that runs the Tavan Gol field, sold 9.1 million tonnes of coal in the first half, chief executive Batu Oyunbileg said in a statement.

The new rail line was built jointly by state-owned Zorvani Mongol and China Gobi Railway Group.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("who is the ceo of zorvani mongol", None),
    ("who is the ceo of zorvani tavan gol", "Batu Oyunbileg"),
])
def test_a_lowercase_name_asked_needs_all_its_words(question: str, expected: str | None) -> None:
    expect(answered(_MINERS, question), expected)
