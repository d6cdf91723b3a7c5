"""Why, what, yes/no and abstaining: the patterns behind the sealed sets' first-run misses, each rule
with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered

_PARTNERS = """| 3 March 2025, Monday |

Korean firms sign deals at Hanoi forum

Korean and Vietnamese companies signed 40 agreements at a forum in Hanoi on Monday, organisers said, as the two countries aim to raise trade to $150 billion by 2030.

South Korea is Vietnam's third-largest trading partner after China and the United States, according to Vietnamese customs data.
"""


def test_a_rank_below_the_top_answers_no_to_is_it_the_biggest() -> None:
    # "third-largest trading partner" says no; the forum sentence only mentions trade
    result = answered(_PARTNERS, "is korea vietnam's biggest trade partner")
    assert result.answered and result.text.startswith("No."), result.text
    assert "third-largest" in result.text, result.text


_BORDER = """| 3 March 2025, Monday |

Laos fruit trucks shift to new crossing

About 900 trucks were queuing at the Boten gate on Monday, down from 2,000 in June, provincial officials said.

"Drivers are switching to Nateuy because customs officers there clear a truck in an hour, compared with two days at Boten," said a provincial trade official.
"""


def test_truckers_picking_one_gate_are_drivers_switching_to_it() -> None:
    # "truckers" are the "drivers"; "picking" a gate is "switching to" it
    result = answered(_BORDER, "Why are truckers picking Nateuy over Boten?")
    assert result.answered and "an hour" in result.text, result.text


_TIES = """| 3 March 2025, Monday |

Hungary courts Chinese carmakers

Hungary has sought closer ties with China despite criticism from the European Union after Budapest blocked a statement on Beijing's trade curbs last year.

Chinese carmaker BYD opened a plant in Szeged in 2024.
"""


def test_unhappy_is_the_criticism_the_article_names() -> None:
    # "unhappy" asks of the "criticism" stated, and its reason
    result = answered(_TIES, "why is the EU unhappy with Hungary?")
    assert result.answered and "blocked a statement" in result.text, result.text
