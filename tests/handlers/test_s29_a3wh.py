"""What- and how-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ADVANCE = """| 14 November 2024, Thursday |

Zambian copper line hits record flows

A copper export railway from Zambia to the coast, built by Orvex Rail, carried a record 310,000 tonnes last month, officials said.

Orvex Rail has spent about $2 billion on the line and its wagons, one of its biggest investments abroad.

Transport Minister Joseph Banda said in March that Orvex had agreed to pay Lusaka a $250 million advance against future freight fees.

Freight rates on the line fell 4% in the third quarter, the operator said.
"""


def test_what_did_x_agree_to_do_in_a_month_reads_the_month_gone_by_and_its_telling() -> None:
    expect(answered(_ADVANCE, "What did Orvex agree to pay Zambia in March?"), "250 million")


_SETTLEMENT = """| 3 March 2025, Monday |

Kazakh-Chinese trade grows as tenge payments spread

Trade between Kazakhstan and China rose 7.2% last year to $43.8 billion, customs data showed.

Deputy Finance Minister Aidar Nurlanov told the forum that Astana aimed to raise the share of bilateral trade settled in tenge and yuan to above 60% next year, from 41% now.

Kazakh exports of wheat to China rose 12% in the same period.
"""


def test_the_level_a_share_is_raised_to_is_a_share() -> None:
    expect(answered(_SETTLEMENT, "What is Astana's goal for the share of trade settled in tenge and yuan?"), "60%")
