"""Derived questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FIBRE = """| 3 March 2025, Monday |

Highland fibre sales to China climb

The kingdom's exports of mohair and wool to China rose 20% in the first half to 500 million {name} ($25 million), the statistics bureau said on Tuesday.

Volumes climbed 8% to 2,000 tonnes in the January-June period, the bureau said.

The average auction price of mohair rose 9% to 250 {name} per kilogram, an economist said.

A new warehouse with room for 3,000 tonnes opened in March.
"""


@pytest.mark.parametrize("name, asked", [("maloti", "maloti"), ("kina", "kina"), ("leva", "leva")])
def test_a_currency_named_only_by_its_own_word_gives_an_implied_rate(name: str, asked: str) -> None:
    expect(answered(_FIBRE.format(name=name), f"what {asked}-per-dollar exchange rate does the export figure imply?"), "20")


_PAIRED = """| 3 March 2025, Monday |

Lesotho mohair sales to China climb

Lesotho's exports of mohair and wool to China rose 20% in the first half to 500 million maloti ($25 million), the statistics bureau said on Tuesday.

China took 61% of the country's wool and mohair exports by value, the bureau said.

The average auction price of Lesotho mohair rose 9% to 250 maloti per kilogram, an economist said.

Wool and mohair earned Lesotho 705 million maloti in 2023.
"""


def test_a_price_of_one_of_a_story_s_paired_goods_is_not_the_others() -> None:
    expect(answered(_PAIRED, "what is the auction price of lesotho wool per kg"), None)
    expect(answered(_PAIRED, "what is the auction price of lesotho mohair per kg"), "250")
