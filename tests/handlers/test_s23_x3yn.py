"""Why and yes-no questions: the reason clause and the evidence, each a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered

_PLANT = """| 4 March 2025, Tuesday |

Drevland signs power plant deal

Drevland signed a contract with Norvik Energy on Monday to build the country's first gas-fired power plant, a project estimated to cost $4 billion.

The agreement covers the plant's design, construction, gas supply and the handling of spent catalysts, according to a ministry statement.

Energy minister Olav Strand said Norvik Energy would finance about 60% of the cost through a state export credit repayable over 20 years.

The deal follows a referendum in May in which 58.2% of voters backed the plant, on a turnout of 47.5%.
"""


def test_how_a_thing_is_paid_for_is_the_sentence_naming_the_means() -> None:
    # "spent catalysts" spends nothing; the export credit is how it is paid for
    reply = answered(_PLANT, "How is the project being paid for?")
    assert reply.answered and "export credit" in reply.text, reply.text


def test_a_threshold_takes_the_figure_measuring_the_word_asked() -> None:
    # 58.2% is of the voters who backed it, not the turnout asked
    reply = answered(_PLANT, "was turnout over 50% in the referendum")
    assert reply.answered and reply.text.startswith("No") and "47.5" in reply.text, reply.text


_ROUTE = """| 4 March 2025, Tuesday |

Copper route gains favour

Mines Minister Peter Banda said last week that Kalimba aimed to send 30% of its copper exports through the port of Vesta by 2028, compared with less than 8% now.
"""


def test_already_asks_the_figure_of_now_not_the_target() -> None:
    # 30% is the aim by 2028; "less than 8% now" is what it sends already
    reply = answered(_ROUTE, "does kalimba already send over 15% of its copper via vesta")
    assert reply.answered and reply.text.startswith("No"), reply.text
