"""Rules of the 21st session's what/which work, each over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered

_SMELTER = """| 4 March 2025, Tuesday |

Kenya opens copper smelter built with Chinese partners

Kenya opened a copper smelter near Mombasa on Monday, built with China Harbour Engineering Company, state minerals group Madini said.

The smelter cost $400 million, financed by a loan from the Export-Import Bank of China, Mining Minister Joseph Otieno told reporters.

The plant is run by a joint venture in which Madini holds 60% and Kenya Steel Holdings holds 40%.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "built with China Harbour Engineering Company, state minerals group Madini said": not Madini
    ("which chinese firm built the smelter", "China Harbour Engineering"),
])
def test_a_body_named_after_a_nation_is_of_that_nation(question: str, expected: str) -> None:
    reply = answered(_SMELTER, question)
    assert reply.answered and reply.text.startswith(expected), reply.text


_ORE = """| 5 March 2025, Wednesday |

China's chromite imports climb

South Africa accounted for about 70% of China's chromite imports, making it the country's largest foreign supplier of the ore.

China imported 18.2 million tonnes of chromite ore from all sources last year, up from 16.4 million tonnes in 2023, with Turkey the second-largest supplier after South Africa.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "with Turkey the second-largest supplier": a source ranked as a market is, by a bare name before it
    ("which country is china's number 2 supplier of chromite", "Turkey"),
    ("which country is china's no. 2 chromite supplier", "Turkey"),
    ("which country is china's no. 2 source of chromite ore", "Turkey"),
])
def test_a_supplier_is_ranked_as_a_market(question: str, expected: str) -> None:
    reply = answered(_ORE, question)
    assert reply.answered and reply.text.startswith(expected), reply.text
