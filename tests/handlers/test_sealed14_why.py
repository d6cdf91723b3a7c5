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
