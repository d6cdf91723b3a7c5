"""Measured rules finished from the last wave: goods and holdings called by another name."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SEAFOOD = """| 3 March 2025, Monday |

Norwegian seafood sales to Japan climb

Norwegian seafood exports to Japan rose 9.2% in 2024 to 186,000 tonnes, the Seafood Council said on Monday.

Salmon made up most of the volume.
"""


def test_fish_asked_is_the_seafood_told() -> None:
    expect(answered(_SEAFOOD, "What volume of fish did Norway ship to Japan in 2024?"), "186,000")


_FUND = """| 3 March 2025, Monday |

Gulf wealth fund posts gain

The Qadir Investment Authority said on Monday its portfolio returned 7.1% last year. Its largest holding was Danish drugmaker Velmark, worth $21.4 billion at the end of December.

The fund did not comment on its plans.
"""


def test_a_position_asked_is_the_holding_told() -> None:
    expect(answered(_FUND, "What's the fund's Velmark position worth?"), "21.4 billion")


_UTILITY = """| 3 March 2025, Monday |

South African water utility Rand Vaal swings to profit

Rand Vaal's debt fell to 41 billion rand at the end of March from 45 billion rand a year earlier, helped by the Treasury's 6 billion rand debt relief package.
"""


def test_a_debt_pile_is_the_debt_and_an_amounts_currency_is_no_kind_of_it() -> None:
    expect(answered(_UTILITY, "What's the utility's total debt pile now?"), "41 billion")


_BORDER = """| 3 March 2025, Monday |

Border trade grows

Exports from Gansu province to Kazakhstan reached $1.24 billion in the first nine months of 2024, customs data showed on Monday.

Machinery made up most of the goods.
"""


def test_the_whole_of_a_span_asks_the_span_no_word_whole() -> None:
    expect(answered(_BORDER, "what were gansu's whole 9-month exports to kazakhstan?"), "1.24 billion")
    expect(answered(_BORDER, "how much did gansu export to kazakhstan over the entire nine months?"), "1.24 billion")
