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


_PESO = """| 20 November 2025, Thursday |

Central bank stuns markets with rate hike as peso slumps to record low

The central bank unexpectedly raised its policy rate by 200 basis points to 31% on Thursday, moving to halt a slide in the peso that has driven the currency to a series of record lows and threatened to rekindle inflation.

All 12 economists in a Reuters poll last week had expected the bank to hold the rate. The peso firmed to 18.20 per dollar after the decision from 18.90 just before it, having touched an all-time low of 18.95 on Monday.

Inflation slowed to 33% in October from 35% in September, data showed earlier this month.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("When did the peso sink to its weakest level ever?", "Monday"),
    ("When did the peso hit a record low?", "Monday"),
    ("when did the central bank raise its rate?", "Thursday"),
])
def test_an_all_time_low_is_the_weakest_level_ever_not_the_day_of_a_move_made_against_it(question: str, expected: str) -> None:
    expect(answered(_PESO, question), expected)
