"""Questions the article does not answer, met on wave x6's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MILLS = """| 3 March 2025, Monday |

Ghana's cocoa grinders run near full tilt

ACCRA, March 3 (Reuters) - The Tema grinding plant processed 41,000 tonnes of cocoa beans in the fourth quarter, its owner said on Monday.

Together with the older Kumasi and Takoradi mills, the country's total grinding capacity stands at about 450,000 tonnes a year, the cocoa board said.
"""


def test_a_name_only_in_a_together_with_phrase_owns_no_part_of_the_total() -> None:
    expect(answered(_MILLS, "what's the grinding capacity of the Kumasi mill?"), None)


def test_the_total_asked_is_still_the_together_with_total() -> None:
    expect(answered(_MILLS, "what is the country's total grinding capacity?"), "450,000 tonnes")


_PORT = """| 12 June 2024, Wednesday |

Port handles record car volumes

COLOMBO, June 12 (Reuters) - The Hambantota port handled a record 71,400 vehicles for transhipment in May, up 38% from a year earlier, its operator said on Wednesday.

The operator plans a new yard that would lift the port's annual vehicle handling capacity to 1.2 million units from about 750,000 now, the company said, adding that it had applied for tax breaks on imported cranes.
"""


def test_a_capacity_is_no_flow_of_the_month_asked() -> None:
    expect(answered(_PORT, "how many cars did the country import in May?"), None)


def test_a_capacity_asked_is_still_the_capacity() -> None:
    expect(answered(_PORT, "how many vehicles could the port handle a year after the new yard opens in May?"), "1.2 million")


_RICE = """| 12 November 2024, Tuesday |

Rice exports surge

HANOI, Nov 12 (Reuters) - Thailand's rice exports rose 10.1% in January-October from a year earlier to 7.52 million tonnes, government data showed on Tuesday.

Rice export revenue in the first ten months climbed 23.4% to $4.76 billion, the statistics office said, even after India lifted most of its export curbs in late September.
"""


def test_a_longer_period_holding_the_month_asked_is_no_figure_of_that_month() -> None:
    expect(answered(_RICE, "what was rice export revenue in september?"), None)


def test_the_longer_period_asked_is_still_told() -> None:
    expect(answered(_RICE, "what was rice export revenue in the first ten months?"), "$4.76 billion")


_MINISTERS = """| 13 November 2025, Thursday |

Peru's Chinese-built Chancay port ships copper to Asia

LIMA, Nov 13 (Reuters) - Peru's Chancay port shipped 1.2 million tonnes of copper concentrate in its first year, its Chinese operator said on Thursday.

Cargo volumes rose 20% in October, the operator said.

On Monday, Foreign Trade Minister Carlos Benavides signed an agreement with China's General Administration of Customs covering phytosanitary inspections, customs data sharing, cold-chain logistics and e-commerce, which he said would cut clearance times at Chinese ports for Peruvian cargo by up to 40%.
"""


def test_a_post_without_the_portfolio_asked_is_another_post() -> None:
    expect(answered(_MINISTERS, "who's the government transport minister in peru?"), None)


def test_the_post_with_its_portfolio_is_still_named() -> None:
    expect(answered(_MINISTERS, "who's the foreign trade minister?"), "Carlos Benavides")


def test_a_level_of_government_before_the_post_is_no_portfolio() -> None:
    expect(answered(_MINISTERS, "which federal minister signed the customs agreement?"), "Carlos Benavides")
