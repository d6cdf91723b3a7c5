"""Words of a question that no other sentence may claim as its subject: a word said elsewhere only
inside a capitalised name, and the 'take' of 'how many ... will it take to <do>'."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Harbour operator lifts profit as container volumes climb

Net profit rose 14.5% to 92.3 million euros in 2024 on revenue of 310 million euros, the company said in a statement on Monday.

The Varna Port Authority is 60% owned by the state.
"""


@pytest.mark.parametrize("question", [
    "What did the port authority earn in net profit for 2024?",
    "how much net profit did the port authority make",
])
def test_a_word_said_elsewhere_only_in_a_name_is_no_other_subject(question: str) -> None:
    expect(answered(_PORT, question), "92.3")



_RICE = """| 3 March 2025, Monday |

Myanmar rice exports climb

Myanmar's rice exports rose 9% to 610,000 tonnes in the first nine months.

China remained Myanmar's biggest rice buyer, taking 233,000 tonnes, or 38% of the total.

Li Wei, chief executive of Fujian Lianhua Grain, said the rice would be shipped from Yangon to Xiamen in about 6,500 containers, with the first 12,000 tonnes due to sail in April.
"""


def test_what_it_takes_to_do_a_deed_asks_no_taking() -> None:
    # "taking 233,000 tonnes" is no rival subject: "it take to" asks what moving the rice needs
    expect(answered(_RICE, "how many containers will it take to move the rice"), "6,500")
