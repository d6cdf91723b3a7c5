"""When-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRIES = """| 5 March 2025, Wednesday |

Lake Victoria operators order new ferries

Cargo across Lake Victoria rose 12% in the first nine months of the year, the Uganda Railways Corporation said on Tuesday.

The contract, worth $48 million, was signed by Uganda Railways Corporation and Kenya's Kisumu Marine to build and deliver three rail ferries at the Kisumu Shipyard. The first vessel is due in 2028, and the three together will add 900,000 tonnes a year of capacity.

"The quarter was a record, thanks to heavy shipments of fertiliser, but the lake needs at least five more ferries to handle the demand we expect next year," said Kofi Mensah, an analyst at Kampala-based Nile Securities.
"""


def test_undated_sentence_ranked_above_the_pick_is_dated_by_its_follower() -> None:
    expect(answered(_FERRIES, "when is the first of the new ferries supposed to be delivered"), "2028")


_ORE = """| 13 November 2024, Wednesday |

Zambian copper miner sells to China

Zambia's copper exports to China rose 9% in the first nine months to 610,000 tonnes, the mines ministry said on Tuesday. In June, the country signed a trade pact with Beijing.

"Demand is strong," said Mwila Banda, chief executive of Kafue Copper Holdings, the country's third-largest producer. "Our buyers take every cargo we can load."

Last month the company signed a three-year supply deal with Hunan Nonferrous Metals Group for up to 60,000 tonnes a year, Banda told Reuters. The smelter will also take a 10% stake in a new refinery.
"""


def test_the_company_a_paragraph_opens_on_is_its_speakers_firm() -> None:
    expect(answered(_ORE, "when did kafue copper sign the supply deal with the chinese group"), "Last month")
