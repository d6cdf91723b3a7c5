"""What/which questions met on the 21st session's blind sets, each kept as a general rule over a
small story: a market asked by its rank of goods the store knows as a name, and a name asked of a
body whose words name a measure."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_RUBBER = """| 4 March 2025, Tuesday |

Vietnamese rubber shipments to China climb

Vietnam's rubber exports to China rose 12% in 2024 to 210,000 tonnes, the Rubber Authority of Vietnam (RAV) said on Tuesday.

The Netherlands was the largest buyer, taking 31% of the shipments. Malaysia was the second-largest buyer, taking 14% of the shipments.

Rubber is also moving by rail to Kunming.

Orders were signed at the Hanoi fair, said Tran Van Minh, a spokesperson for VietTrade, the government's export promotion agency.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Which country is the No. 2 buyer of Vietnamese rubber?", "Malaysia"),
    ("which country is the second-largest buyer of vietnamese rubber", "Malaysia"),
])
def test_a_market_ranked_of_goods_stored_as_a_name(question: str, expected: str) -> None:
    expect(answered(_RUBBER, question), expected)


@pytest.mark.parametrize("question", [
    "whats the govt export promotion agency called",
    "what's the name of the government export promotion agency?",
])
def test_a_name_asked_is_no_figure_of_the_measure_naming_its_body(question: str) -> None:
    expect(answered(_RUBBER, question), "VietTrade")


_PULP = """| 5 March 2025, Wednesday |

Chilean pulp exports rise

Chile, the world's largest pulp producer, has 2,000 pine growers.

Araucaria Forestal, the country's biggest pulp processor, said it shipped 40,000 tonnes to China in the third quarter.
"""


def test_a_name_asked_is_of_the_sentence_holding_every_word() -> None:
    # "processing firm" is a processor; "the world's largest producer" lacks the processing asked
    expect(answered(_PULP, "whats the name of chile's largest pulp processing firm"), "Araucaria Forestal")
