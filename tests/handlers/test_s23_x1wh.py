"""What/which/how questions met on the twenty-third session's held-out sets, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_BUDGET = """| 3 March 2025, Monday |

Tarvia sets aside funds for port upgrade

The government of Tarvia has earmarked 9.2 billion dinars for dredging the harbour at Port Selim next year, the finance ministry said on Monday.

Cargo through the port rose 4% last year to 12 million tonnes.
"""


@pytest.mark.parametrize("question", [
    "what is the government spending 9.2bn dinars on next year",
    "what will the 9.2 billion dinars be spent on",
])
def test_an_amount_given_with_its_purpose_asked_is_no_figure_question(question: str) -> None:
    expect(answered(_BUDGET, question), "dredging")


_GAS = """| 3 March 2025, Monday |

Tajikistan buys more gas from abroad

Imported gas now covers about 15% of Tajikistan's consumption, making Russia the country's second-largest external supplier after Kazakhstan, the energy ministry said.

Tajikistan plans to borrow 40 billion somoni from the domestic market this year, as it seeks to cut its reliance on costly external loans.
"""


def test_a_foreign_supplier_asked_is_an_external_one_told() -> None:
    expect(answered(_GAS, "which country is tajikistan's biggest foreign gas supplier"), "Kazakhstan")


def test_a_figure_told_of_the_domestic_market_is_no_foreign_one() -> None:
    expect(answered(_GAS, "how much does tajikistan plan to borrow from foreign lenders this year?"), None)
