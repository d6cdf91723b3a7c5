"""Rules found on the dialog and typo failures of the 22nd session's blind sets, each over a
small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PACKER = """| 6 October 2025, Monday |

Uruguayan meatpacker to expand

Shares of Frigorífico Rio Claro, one of the newly approved exporters, have risen 12% since June. The Montevideo-listed company said on Monday it would hire 850 workers at its plant in Tacuarembo.
"""


def test_a_spanish_meatpacker_head_word_is_dropped_in_speech() -> None:
    # "Frigorífico" heads the firm's name as "Grupo" does: the question names it "Rio Claro"
    expect(answered(_PACKER, "how mny workrs is rio claro hirng"), "850")



_POULTRY = """| 19 March 2025, Wednesday |

Brazil expects more chicken sales to China

Brazil expects its chicken shipments to China to rise sharply this year after Beijing approved more plants.

ABPA President Marcos Lobo said the association expects chicken shipments to China to reach 520,000 tonnes this year.

Development, Industry and Trade Minister Helena Prado said on Tuesday the approvals were part of a broader protocol.
"""


def test_portfolios_listed_before_a_post_name_no_body() -> None:
    # no body "Industry" split out of the minister's post for "the industry group" to name
    expect(answered(_POULTRY, "How much chicken does the industry group expect to ship to China this year?"), "520,000")
