"""Figures a question asks of one thing, which the sentence gives only for another."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MILLS = """| 3 November 2025, Monday |

Uzbek cement sales to Tajikistan slow

Sales slowed this month after buyers refused a price increase to $70 a tonne from $62. Producers say they raised prices because coal costs have risen 14% since July and rail tariffs went up on Oct. 1.
"""


def test_a_thing_named_only_as_the_subject_of_a_later_and_clause_has_no_figure() -> None:
    expect(answered(_MILLS, "by how much did rail tariffs rise on oct 1"), None)


def test_the_figure_of_the_clause_before_still_answers() -> None:
    expect(answered(_MILLS, "by how much have coal costs risen since july"), "14")
