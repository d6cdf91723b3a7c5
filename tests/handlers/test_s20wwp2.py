"""Who, when and where over small stories: rules met on the 20th session's held-out sets."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MILLERS = """| 12 November 2024, Tuesday |

Laotian coffee exports to China climb

Laos's coffee exports rose 9% to 31,000 tonnes in the first ten months of the year, the Lao Coffee Federation (LCF) said on Tuesday, as a Chinese roaster agreed to buy more beans.

"This deal gives our growers a steady outlet when prices swing," said Bounmy Sayavong, president of the LCF, which represents 60 growers and exporters.

Wang Jie, chief executive of Yunnan Bean Trading, said the coffee would be trucked from Vientiane to Kunming in about 900 containers.
"""


@pytest.mark.parametrize("question", [
    "who heads the coffee federation",
    "who heads the coffee fedration",
    "who is the president of the coffee federation?",
])
def test_a_federation_is_a_body_its_head_is_asked_of(question: str) -> None:
    expect(answered(_MILLERS, question), "Bounmy Sayavong")

