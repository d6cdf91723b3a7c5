"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_VENTURE = """| 3 March 2025, Monday |

Chinese tea trader buys into Kenyan packer

In May, Chinese tea trader Fujian Minghe Tea Co agreed to invest $6 million in a joint venture with Kenyan grower Kericho Highlands Ltd.

Minghe will hold a 55% stake in the venture, whose plant is due to open next year.

About 40 Kenyan companies now ship tea to China, up from 12 in 2021, the tea board said.
"""


@pytest.mark.parametrize("question", ["What stake does the chinese firm get in the joint venture?", "what pct of the venture will the chinese company own"])
def test_the_firm_asked_is_the_body_a_sentence_names(question: str) -> None:
    expect(answered(_VENTURE, question), "55%")


_CARRIERS = """| 3 March 2025, Monday |

Qatar sends more tankers to India

Qatar sent 30 liquefied natural gas tankers to India in the first quarter, shipping data showed.

The vessels delivered about 2.1 million tonnes of LNG to Indian terminals in the quarter, up 12% from a year earlier.

India's own gas output fell 3% to 8.4 billion cubic metres, the oil ministry said.
"""


def test_lng_delivered_is_the_gas_asked() -> None:
    expect(answered(_CARRIERS, "What volume of gas did the ships bring to Indian terminals in the first quarter?"), "2.1 million tonnes")


_BUYERS = """| 3 March 2025, Monday |

Ghana's farm exports climb, but rail shipments slow

Ghana's cocoa exports rose 12% in the first half from a year earlier to 410,000 tonnes, the cocoa board said on Monday.

The Netherlands remained the biggest buyer, taking 36% of the total, while Malaysia was second with 52,000 tonnes.

Cocoa shipments by rail to Tema port fell 8% to 96,000 tonnes, the railway company said.
"""


def test_a_share_of_the_total_opening_a_paragraph_shares_the_measure_before() -> None:
    expect(answered(_BUYERS, "What share of the cocoa shipments went to the Netherlands?"), "36%")
