"""A loan is the financing a lender provides; a body whose name holds the kind asked is one."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LINE = """| 5 May 2025, Monday |

Ruritania opens new railway

Ruritania opened the Zenda-Strelsau railway on Monday, completing its biggest Belt and Road project after five years of construction financed mostly with Chinese loans.

The 150-km line cost $2 billion, Transport Minister Karl Braun said. About 85% of the cost was covered by a 20-year loan from the Export-Import Bank of China.
"""

_SMELTER = """| 5 May 2025, Monday |

Ruritania plans new smelter

The Export-Import Bank of China will finance 80% of the smelter, with the remainder coming from Ruritania Metals' own funds, and part of the loan will be repaid in metal, Karl Braun said.
"""


def test_a_loan_is_the_financing_a_lender_provides() -> None:
    expect(answered(_LINE, "Which lender provided the Chinese financing?"), "Export-Import Bank of China")


def test_a_body_named_by_the_kind_asked_is_one() -> None:
    expect(answered(_SMELTER, "Which bank is financing the smelter?"), "Export-Import Bank of China")
