"""The synonym table: a question that words a thing one way finds the sentence that words it another."""

from __future__ import annotations

from tests.handlers.stories import answered

_YARD = """| 18 November 2025, Tuesday |

Harbour Keel wins Navy frigate order

Harbour Keel Shipbuilding Corp said on Monday it had won a $4.2 billion contract from the Navy to build three frigates.

The company has hired 1,800 workers so far this year, bringing its payroll to 12,400.

It took a $210 million charge in the third quarter to cover cost overruns on an earlier frigate program.

The Navy's attack submarine force has shrunk to 49 boats against a requirement of 66, an admiral said.
"""


def test_taken_on_is_hired() -> None:
    result = answered(_YARD, "how many people has the shipbuilder taken on this year")
    assert result.answered and "1,800" in result.text, result.text


def test_a_writedown_is_a_charge() -> None:
    result = answered(_YARD, "How big a writedown did they book for the frigate overruns?")
    assert result.answered and "210" in result.text, result.text


def test_subs_are_submarines() -> None:
    result = answered(_YARD, "How many attack subs does the Navy have?")
    assert result.answered and "49" in result.text, result.text


_FISH = """| 21 October 2025, Tuesday |

Peru sets anchovy quota for second season

Peru's production ministry on Monday set the catch quota for the second anchovy fishing season at 2.45 million tonnes.

Shares of Pesquera Sol, the largest holder with 15.8% of the catch limit, rose 3.4% on Monday.
"""


def test_a_catch_limit_is_a_quota() -> None:
    result = answered(_FISH, "whats the catch limit for the 2nd season")
    assert result.answered and "2.45" in result.text, result.text
