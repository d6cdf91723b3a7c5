"""Derived answers: arithmetic on stated figures, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered

_STEEL = """| 3 March 2025, Monday |

Steelmaker's earnings slump as imports flood Europe

Halden Stahl said on Monday that its earnings before interest, taxes, depreciation and amortisation (EBITDA) fell 38% in the third quarter to 186 million euros.

The company plans to cut 1,200 jobs at its plants in Duisburg and Bremen.
"""


def test_a_period_adjective_is_the_time_asked_not_a_word_to_find() -> None:
    # "quarterly" is the quarter the question dates; the sentence gives it as "the third quarter"
    result = answered(_STEEL, "What was Halden's quarterly EBITDA in the same quarter last year?")
    assert result.answered and "300" in result.text, result.text


_COAL = """| 3 March 2025, Monday |

Indonesia's coal output slips as Chinese demand cools

State-owned miner PT Bara Nusa said on Monday its monthly coal output rose 9.1% to 3.17 million tonnes.

Coal output in Indonesia slipped to 66.2 million tonnes last month, down from 70.5 million tonnes in February 2024, the ministry said.
"""


def test_the_change_from_a_year_ago_is_read_from_the_sentence_that_states_both_levels() -> None:
    # the best sentence states a rate and one level, no pair; the next states both levels
    result = answered(_COAL, "by how many tonnes did monthly output fall compared with a year ago")
    assert result.answered and "4.3" in result.text, result.text
