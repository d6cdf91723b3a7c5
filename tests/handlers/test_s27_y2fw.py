"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_VOYAGE = """| 3 March 2025, Monday |

Chinese builder ships plant equipment to Namibia

Beijing Haoran Engineering will build a 400 million dollar copper smelter near Walvis Bay, the company said on Monday.

The smelter will employ 900 people and process 120,000 tonnes of concentrate a year.

Equipment for the smelter will be shipped from Tianjin port in northern China on a monthly service to Walvis Bay that began last year and has so far carried 2,300 containers. The 11,800-km sea voyage takes about 26 days. A 35-km road will link the site to the port.
"""


def test_a_journey_named_by_its_kind_is_the_one_the_sentence_before_sent() -> None:
    expect(answered(_VOYAGE, "how far is the sea trip from tianjin to walvis bay"), "11,800")


_SUPPLY = """| 3 March 2025, Monday |

Chilean miner signs lithium deal with Chinese buyer

On Monday, state-owned Andes Lithium Corporation (ALC) signed a five-year agreement in Santiago to supply 180,000 tonnes of battery-grade lithium carbonate to Shenzhen-based Ganfeng Materials Group, the biggest order in its history, ALC said in a statement.

ALC produced 95,000 tonnes of lithium carbonate last year, up 12% from 2023.

Ganfeng will also invest 300 million dollars in a refinery near Antofagasta that will employ 600 people.
"""


def test_a_supplied_amount_is_the_deal_of_the_buyer_it_goes_to() -> None:
    expect(answered(_SUPPLY, "how big is the ganfeng supply deal in tonnes"), "180,000")
