"""What- and which-questions met on this session's sets, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WAREHOUSE = """| 3 March 2025, Monday |

Tonga's fish exports to Japan climb

Tonga's exports of frozen fish to Japan rose 12% last year to 4,100 tonnes, the fisheries ministry said.

Much of the catch now passes through Nuku'alofa, where Pacific Harbour Holdings opened a cold storage warehouse in May with room for 90 containers. About 65% of its 40 million pa'anga cost was financed by a loan from the Japan Bank for International Cooperation.

Prices rose 4% over the year, the ministry said.
"""


def test_a_share_of_its_cost_is_of_what_the_sentence_before_built() -> None:
    expect(answered(_WAREHOUSE, "which bank lent the money for the cold storage warehouse"), "Japan Bank for International Cooperation")


_PLANT = """| 3 March 2025, Monday |

Ghana cocoa grinder expands with Chinese partner

Ghana's cocoa bean exports to China rose 14% last year to 61,000 tonnes, the cocoa board said.

The company said in a statement on Monday it would invest a further 30 million cedis ($2.4 million) to lift annual grinding capacity to 90,000 tonnes by 2027. The money will pay for a second grinding line, a 4,000-tonne warehouse and a new loading bay. Its Chinese partner holds a 40% stake in the plant.

Bean prices rose 6% over the year, the board said.
"""


def test_what_money_will_pay_for_is_said_by_the_sentence_it_pays_for() -> None:
    expect(answered(_PLANT, "what will the new $2.4 million investment pay for"), "second grinding line")


_COOP = """| 3 March 2025, Monday |

Canadian canola pours into Japan as crushers restock

Canadian canola exports to Japan reached 610,000 tonnes in January, up 22% from a year earlier, government data showed on Monday.

"Japanese crushers have waited a long time for this seed," said Mark Ellis, an analyst at Toronto-based brokerage Maple Commodities.

Prairie Oilseed Co-operative, Canada's largest canola handler, said last week it had signed a five-year agreement to supply Tokyo Nisshin Oils with 400,000 tonnes of canola a year.

Most of that seed will be loaded at Vancouver, where the co-operative is spending C$52 million on a new rail unloading pit due to be finished by 2026.

Meanwhile, Tokyo Nisshin Oils is spending 900 million yen on a crushing plant in Yokohama.
"""


def test_a_co_operative_goes_on_as_the_co_operative() -> None:
    expect(answered(_COOP, "What is Prairie Oilseed spending the C$52 million on?"), "unloading pit")
