"""What and which questions, and dialog follow-ups, met on the sixteenth session's last sets."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA = """| 4 March 2025, Tuesday |

Vietnam growers look north for buyers

Japan, the world's third-biggest tea buyer, imported 410,000 tonnes last year, mostly from Brazil and the United States, and Vietnamese leaves made up a tenth of that.

"Japanese buyers want green sencha tea, and Vietnam can grow it in the highlands," grower Tran Van Minh said.
"""


def test_a_clause_naming_where_from_lists_no_kinds() -> None:
    # ", mostly from Brazil and the United States" is no list of kinds of tea
    expect(answered(_TEA, "what types of tea do japanese buyers want"), "green sencha")


def test_one_kind_of_a_thing_asks_no_figure() -> None:
    # "want" is demand, a measure; the kind of tea wanted is still no amount imported
    expect(answered(_TEA, "what type of tea do japanese buyers want"), "green sencha")
