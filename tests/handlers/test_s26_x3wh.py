"""What- and which-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLANT = """| 3 March 2025, Tuesday |

Ghana's cassava growers look to China

At a trade fair in Wuhan, capital of Hubei province, 14 Ghanaian firms signed supply deals worth $12 million. Accra-based Sika Farms agreed to sell 900 tonnes of cassava flour a year to Hubei Tianmei Starch Co, a Wuhan maker of noodles.

Tianmei Starch plans to build a $4 million milling plant in Kumasi district next year, able to process 20,000 tonnes of cassava a year, chairman Zhou Ping told Reuters. Tianmei will hold a 70% stake in the venture, with Sika Farms owning the rest.

Ghana's cassava exports rose 22% last year to 31,000 tonnes, the export board said.
"""


def test_a_body_told_by_its_home_city_and_named_short_is_that_nations() -> None:
    # "Hubei Tianmei Starch Co, a Wuhan maker of noodles" is Chinese, and "Tianmei Starch" building
    # in Kumasi is that company, not a Ghanaian thing of its own.
    expect(answered(_PLANT, "Which Chinese company is building the milling plant?"), "Tianmei")


_DEPOT = """| 3 March 2025, Tuesday |

Lao fruit growers bet on new cold-chain link

A Chinese logistics firm opened a $90 million cold-chain hub in the Lao town of Boten on Monday.

The 40,000-square-metre depot can hold 20,000 tonnes of fruit.

Chief executive Li Ming said an inspection bay run with Chinese customs would cut clearance to under six hours.

The project is 55% owned by Yunnan Hexin Logistics and 45% by Vientiane-listed Lao Fresh Trading, which paid $40 million for its stake.
"""


def test_the_bare_head_opening_a_sentence_is_the_qualified_one_asked() -> None:
    # "the depot project" asked; "The project is 55% owned by ..." never says "depot" again.
    reply = answered(_DEPOT, "which companies own the depot project")
    expect(reply, "Hexin")
    expect(reply, "Lao Fresh")
