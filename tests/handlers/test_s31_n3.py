"""Figures met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA = """| 3 March 2025, Thursday |

Kenyan growers count cost of strong shilling

Kenya's tea exports rose 6% last year to 590,000 tonnes, the tea board said on Wednesday, even as a stronger shilling squeezed growers' margins.

Kenya's minimum wage, which most tea workers earn, rose 9% last month to 15,000 shillings a month.

The industry employs about 650,000 people, most of them smallholders, on 270,000 hectares in the highlands.

Tea prices at the Mombasa auction fell 4% last week, brokers said.
"""


def test_goods_and_business_name_the_trade_the_text_calls_the_industry() -> None:
    expect(answered(_TEA, "How many people does the tea business employ?"), "650,000")
