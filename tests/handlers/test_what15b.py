"""What / which questions of the fifteenth pass, second batch: the places besides one left out
when the sentence names that one only by a place inside it, and a company asked by its nation."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PAPER = """| 3 March 2025, Monday |

Finnish paper mill built with Japanese partner starts output

Kuusi Paper Oy, a joint venture between Swedish miner Norrskog AB and Japan's Hokuto Pulp Corporation, began producing paper at its mill in Kemi on Monday, the companies said.

Before the project, Finland sold most of its pulpwood to Japan, which has since turned to Chile and Brazil for supplies.

The mill's first line will turn 900,000 cubic metres of wood a year into 300,000 tonnes of paper, Chief Executive Aino Laine told reporters.

A second line is due to start next year, lifting capacity to 600,000 tonnes.

The mill employs 800 people and has its own biomass power plant.

Hokuto will buy 60% of the paper for its printing plants in Osaka and Nagoya, and the rest will be sold to buyers in Germany, Poland, Egypt and Turkey, Norrskog said.
"""


def test_other_places_by_the_sentence_asked() -> None:
    # the share left out goes to "Osaka and Nagoya", inside Japan: the rest is the sentence's list
    expect(answered(_PAPER, "Besides Japan, which countries will the paper be sold to?"), "Germany")


def test_company_asked_by_nation_named_of() -> None:
    # "the Japanese company": "Japan's Hokuto", not "Swedish miner Norrskog" nor the venture
    reply = answered(_PAPER, "what's the name of the japanese company in the venture")
    assert reply.text.startswith("Hokuto"), reply.text


def test_company_asked_by_nation_which() -> None:
    reply = answered(_PAPER, "which japanese company is in the venture")
    assert reply.text.startswith("Hokuto"), reply.text


_ZINC = """| 3 March 2025, Monday |

Mongolian zinc output rises; royalty overhaul looms

Mongolia produced 90,000 tonnes of zinc in January-September, up 4% from a year earlier, the statistics office said on Monday.

Lawmakers are due to vote next month on amendments to the Minerals Law that would replace the current flat 5% royalty on zinc sales with a sliding scale.

The bill would also oblige producers to sell at least 20% of their output to the central bank and cap foreign ownership of new deposits at 34%.

Mining companies paid 2.1 billion tugriks in royalties and other taxes in the first eight months, the tax office said.

Japan is Mongolia's largest donor, holding $0.9 billion of the country's debt, and Japanese companies have invested in sectors ranging from mining and power to hotels and dairy farming.
"""


def test_a_bill_obliges() -> None:
    # a law is a bill, and forcing something on companies obliges them to it
    expect(answered(_ZINC, "Apart from royalties, what else would the new mining law force on companies?"), "20%")


def test_which_things_bare_are_no_figure() -> None:
    # "what industries have ... put money into?": the sectors, not the debt's figure
    expect(answered(_ZINC, "What industries have Japanese firms put money into there?"), "dairy")
