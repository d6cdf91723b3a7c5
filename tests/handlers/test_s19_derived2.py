"""Derived figures worked from stated ones: a share's whole in the part's unit and period."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_GAS = """| 16 January 2025, Thursday |

Kazakh gas exports hit a record

Officials hope to lift gas exports to about 40 bcm by 2028 once a new pipeline opens.

Kazakhstan exported 20 billion cubic metres (bcm) of natural gas last year, up 5% from 2023, the energy ministry said on Monday.

China took 8 bcm, while Russia received 3 bcm, the ministry said.
"""


def test_a_unit_that_carries_its_scale_compares_with_the_unit_written_out() -> None:
    # 8 bcm of 20 billion cubic metres, not of a bare 20
    expect(answered(_GAS, "what % of total exports went to china"), "40%")


def test_a_forecast_is_no_whole_of_a_part_told_done() -> None:
    # "about 40 bcm by 2028" is a target, not last year's exports that China's 8 bcm was part of
    reply = answered(_GAS, "what share of gas exports went to russia")
    expect(reply, "15%")


_MEAT = """| 19 March 2025, Wednesday |

Brazil expects more meat sales to China

Brazil shipped 500,000 tonnes of chicken to China last year, according to the industry group.

The group expects chicken shipments to China to reach 600,000 tonnes this year, while pork sales could recover to 250,000 tonnes.

Remittances jumped 38% to $29.6 billion in the fiscal year, while canal revenue fell 23% to $4.1 billion.
"""


def test_two_levels_reached_are_no_move_between_them() -> None:
    # 600,000 tonnes of chicken and 250,000 of pork are both reached; 350,000 is no change of either
    reply = answered(_MEAT, "how many more tonnes of chicken does the group expect to ship to china this year than last year")
    assert "350,000" not in reply.text, reply.text
    reply = answered(_MEAT, "how much did remittances go up")
    assert "25.5" not in reply.text and "38%" in reply.text, reply.text



_RAIL = """| 14 October 2025, Tuesday |

Railway freight jumps

Freight on the Chinese-built railway linking the capital with the port rose 25% year on year in the first nine months of 2025, the operator said on Monday.

The operator hauled 2.5 million tonnes of cargo between January and September, chief executive John Smith told reporters.
"""


def test_a_rate_without_a_level_grew_the_next_sentences_amount_of_its_period() -> None:
    expect(answered(_RAIL, "how much freight did the railway carry in the same period last year"), "2 million tonnes")
