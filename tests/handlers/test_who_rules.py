"""Who the article ties to what was asked, and yes/no answered only when the article states it."""

from __future__ import annotations

from tests.handlers.stories import answered

_BANK = """| 14 May 2025, Wednesday |

Harbour Bank profit edges up as bad loans climb

Harbour Bank reported a 3.1% rise in half-year profit on Wednesday, helped by higher lending margins.

Total provisions for bad loans rose to A$2.4 billion.

"Profit held up, but the bad debt line is the worry because business stress spreads quickly," said Lena Marsh, banking analyst at Perth-based Coral Securities.
"""


def test_a_quotation_names_its_speaker_though_the_question_words_it_otherwise() -> None:
    # "flagged ... as the main concern" is not in the quotation, which says "the worry"
    result = answered(_BANK, "Which analyst flagged bad debts as the main concern?")
    assert result.answered and result.text.startswith("Lena Marsh"), result.text
