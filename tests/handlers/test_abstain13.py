"""Unanswerable near misses that must abstain: another kind of figure, another trade way, a role
or a period the article never gives."""

from __future__ import annotations

from tests.handlers.stories import answered

_CHAMBER = """| 3 March 2025, Monday |

Grain exporters warn of losses as port strike drags on

Dock workers at Port Kembla walked off the job on Monday over wages, halting grain loading.

"Every ship that leaves without cargo is a sale we lose," said Paul Grant, president of the Grain Exporters Chamber, whose 14 member companies include Agrovia and Pampa Mills.

Each day of the strike holds up about 135,000 tonnes of grain worth $52 million in export sales, the port authority said.
"""


def test_how_much_money_is_no_count_of_members() -> None:
    result = answered(_CHAMBER, "how much money has Pampa Mills lost because of the strike")
    assert not result.answered, result.text


def test_how_much_money_still_finds_money() -> None:
    result = answered(_CHAMBER, "how much money in export sales does each day of the strike hold up?")
    assert result.answered and "52 million" in result.text, result.text
