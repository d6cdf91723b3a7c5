"""What- and which-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_VENTURE = """| 3 March 2025, Monday |

Chinese tea trader builds Kenyan packing plant

In March, Chinese tea trader Fujian Mingshan Tea Co agreed to invest $6.5 million in a joint venture with Kenyan exporter Kericho Highlands Ltd to build a packing plant near Kericho.

Mingshan will hold a 49% stake in the venture, whose plant is due to open next year.

About 40 Kenyan companies now ship tea to China, the tea board said.
"""


def test_a_joint_venture_with_a_company_names_the_partner() -> None:
    expect(answered(_VENTURE, "which kenyan company is mingshan partnering with"), "Kericho Highlands")


_LENDER = """| 3 March 2025, Monday |

Kenyan tea growers find Chinese buyers

Kenya's tea exports to China rose 18% last year to 4,200 tonnes, the tea board said.

China's share of Kenya's total tea exports climbed to 9% from 6% a year earlier.

Saudi Arabia and Pakistan have long bought most of the crop, but their purchases fell last year.

"Now buyers from Hangzhou visit our estates every month," said Mary Wanjiku, chair of the Kenyan Tea Growers Association (Keteg). She said about 60 Kenyan companies now ship tea to China.

Trade Minister Lee Kinyanjui said on Tuesday that the government aims to lift tea sales to Asian markets to $150 million a year by 2027. State-controlled lender Equity Bank opened a 2 billion shilling credit line earlier this year for small tea growers seeking buyers in Asia.
"""


def test_lower_case_words_before_a_bodys_head_are_not_the_body() -> None:
    expect(answered(_LENDER, "Which bank opened a credit line for small tea growers?"), "Equity Bank")
