"""What, which and how questions of the 21st session's what-class failures, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MINE = """| 4 March 2025, Tuesday |

Copper output slides after rebels take mine town

Copper output in the northern province fell 22% in the fourth quarter, the mining ministry said on Monday.

The fall came after the Northern Liberation Front seized the mining town of Karsu in November.

The ministry said exports would recover once roads reopened.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Which rebel group took control of the mining town?", "Northern Liberation Front"),
    ("who took over karsu", "Northern Liberation Front"),
])
def test_taking_control_is_seizing(question: str, expected: str) -> None:
    expect(answered(_MINE, question), expected)


_SMELTER = """| 4 March 2025, Tuesday |

Bulgarian smelter lifts exports

The Varna smelter's exports rose 14% in the first half to 410,000 tonnes, making it Bulgaria's second-largest exporter after carmaker Dobrev Motors, the trade ministry said on Monday.

The smelter employs about 2,300 people.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the name above the rank is told past its kind ("after carmaker Dobrev Motors")
    ("which company is bulgaria's top exporter", "Dobrev Motors"),
    # ranking is how the question puts it, no word the sentence needs
    ("Which firm ranks ahead of the smelter as Bulgaria's biggest exporter?", "Dobrev Motors"),
])
def test_the_top_is_named_past_its_kind(question: str, expected: str) -> None:
    expect(answered(_SMELTER, question), expected)
