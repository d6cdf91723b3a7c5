"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DERAILED = """| 3 March 2025, Monday |

Guinea bauxite exports slow after rail halt

Bauxite shipments from the port of Kamsar to China were halted for six days in May due to a derailment near Sangaredi, the mining company said.

The ore travels 135 kilometres by train from mines around Boke to Kamsar, where a new berth opened last month.
"""


def test_a_verb_closing_a_where_question_matches_its_noun_in_ment() -> None:
    expect(answered(_DERAILED, "where did the train derail"), "Sangaredi")

