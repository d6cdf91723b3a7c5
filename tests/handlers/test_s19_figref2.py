"""Figure questions the bot abstained on though the article states the figure, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_COPPER = """| 20 January 2025, Monday |

Zambia's copper exports slip as prices sag

Zambia exported 812,000 tonnes of copper last year, down 3.2% from 2023, Mines Minister Paul Chanda said on Monday.

Earnings from copper sales abroad dropped 6.1% to 7.4 billion dollars, according to central bank data released last week, because prices on the London Metal Exchange stayed below their 2022 highs.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("How much money did Zambia make from copper exports last year?", "7.4 billion"),
    ("How much did Zambia earn from copper exports in 2024?", "7.4 billion"),
])
def test_a_year_set_against_and_the_data_release_date_no_period_of_the_figure(question: str, expected: str) -> None:
    expect(answered(_COPPER, question), expected)


def test_a_figure_of_another_year_still_abstains() -> None:
    expect(answered(_COPPER, "How much money did Zambia make from copper exports in 2022?"), None)


_GAS = """| 20 January 2025, Monday |

Georgia lines up more Caspian supply

State importer GOGC agreed last week to buy an extra 1.3 bcm a year from Azerbaijan starting in 2026, a spokesman said.
"""


@pytest.mark.parametrize("question", ["How much additional gas per year will GOGC purchase?", "how much gas will GOGC buy?"])
def test_billions_of_cubic_metres_are_of_gas(question: str) -> None:
    expect(answered(_GAS, question), "1.3 bcm")


def test_gas_of_another_buyer_still_abstains() -> None:
    expect(answered(_GAS, "How much gas will Armenia buy?"), None)


# The year inside the cause given ("because ... stayed well below their 2022 peaks") dates neither
# the figure nor, once the cause's clause is set aside, leaves the figure undated.
_COPPER_CAUSE = _COPPER.replace("because prices on the London Metal Exchange stayed below their 2022 highs",
                                "because benchmark prices on the London Metal Exchange stayed well below their 2022 peaks")


@pytest.mark.parametrize(("question", "expected"), [
    ("How much money did Zambia make from copper exports last year?", "7.4 billion"),
    ("How much did Zambia earn from copper exports in 2024?", "7.4 billion"),
    ("how much did zambia earn from copper exports in 2022", None),
])
def test_a_year_set_against_inside_the_cause_given(question: str, expected: str | None) -> None:
    expect(answered(_COPPER_CAUSE, question), expected)
