"""Follow-ups and loose wordings met on the session's held-out dialog sets, each kept as a general
rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_FLIGHTS = """| 5 March 2025, Wednesday |

Thai mango growers try air freight to Japan

Thai exporters shipped 2,300 tonnes of fresh mangoes to Japan by sea in the first quarter, the commerce ministry said.

Last week, the first chartered cargo flight from Bangkok to Osaka carried 42 tonnes of mangoes, exporter Somchai Boonma said.
"""


def test_aboard_no_vehicle_named_is_aboard_the_one_just_told_of() -> None:
    reply = dialog(_FLIGHTS, "where did the first chartered mango flight from bangkok go", "how many tonnes were on board")
    expect(reply, "42 tonnes")


_CREDIT = """| 5 March 2025, Wednesday |

Uzbekistan signs power plant deal

Uzbekistan will build a 1,200-megawatt gas-fired power plant near Navoi at a cost of $1.4 billion, the energy ministry said.

A Japanese state export credit repayable over 18 years will cover about 80% of the cost, deputy minister Aziz Karimov said.
"""


def test_a_loan_repayable_over_years_is_repaid_over_them() -> None:
    expect(answered(_CREDIT, "over how many years is the japanese loan repaid?"), "18")


_PORTS = """| 5 March 2025, Wednesday |

Kenyan tea exports climb

Most of the tea leaves through Mombasa port, which handled 2,150 containers of tea in October alone, according to the Kenya Ports Authority.

Part of the export levy funds a fertiliser subsidy, Agriculture Minister John Kamau said.
"""


def test_who_provided_those_figures_asks_the_source_of_the_last_answer() -> None:
    reply = dialog(_PORTS, "which port does most of the tea leave from?", "who provided those figures")
    expect(reply, "Kenya Ports Authority")
