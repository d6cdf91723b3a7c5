"""Figure questions met on the day's blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_BERTHS = """| 4 June 2025, Wednesday |

Delta Logistics to expand river port

The river port at Can Tho handled 2.3 million tonnes of grain last year, up 8%, the city said.

The line is designed to carry 5 million tonnes of cargo a year by 2030, while Delta Logistics will add four berths able to handle 750,000 containers a year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("How many boxes a year can the new berths at the port handle?", "750,000"),
    ("how many containers will the new berths at the port handle", "750,000"),
])
def test_a_closing_bare_verb_after_can_is_no_kind_of_measure(question: str, expected: str) -> None:
    # "the port handle": the subject and its verb, not a "port handle" kind of handling
    expect(answered(_BERTHS, question), expected)


_ROYALTIES = """| 4 June 2025, Wednesday |

Miners' royalties rise

Mining companies paid 4.2 billion pesos in royalties in the first half.

The company said it planned to add a mill that would raise capacity to 3 million tonnes of ore a year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much royalties did miners pay", "4.2 billion pesos"),
    ("how much royalty did mining companies pay", "4.2 billion pesos"),
])
def test_royalties_are_money(question: str, expected: str) -> None:
    # royalties, like taxes, are paid in money: "how much royalties" is no amount of a thing in tonnes
    expect(answered(_ROYALTIES, question), expected)


_HIGHWAY = """| 4 June 2025, Wednesday |

Kenya signs highway deal

Kenya signed an agreement on Tuesday to build a highway linking Nairobi with the port of Mombasa, a project estimated to cost about $3.9 billion.

The 310-km northern section, running from Nairobi through Machakos county to the Athi river bridge, is expected to cost 155 billion shillings ($1.2 billion).

Northern exporters rely on trucks on the old road, where moving a container to the coast costs about $1,400, the minister said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "running from Nairobi ... bridge," is an aside: the section's cost stands right beside it
    ("how much is the northern stretch gonna cost", "155 billion shillings"),
    # a route's section is its leg
    ("how much will the northern leg cost", "155 billion shillings"),
])
def test_a_section_and_its_cost_across_a_participle_aside(question: str, expected: str) -> None:
    expect(answered(_HIGHWAY, question), expected)


_CRUSHER = """| 4 June 2025, Wednesday |

Chinese, Russian firms to build oilseed crusher

Exports of soybeans from the Amur region rose 12% in the first half, the regional ministry said.

On Monday, Heihe-based Longfeng Oils signed an agreement with Russian group Amur Grain to build a soybean crushing plant in Heihe with capacity to process 500,000 tonnes of oilseeds a year. The project will cost 1.6 billion yuan ($225 million), the companies said.
"""


def test_the_project_is_the_undertaking_the_sentence_before_set_out() -> None:
    expect(answered(_CRUSHER, "How much is the Heihe crushing plant going to cost?"), "1.6 billion yuan")
