"""What/which questions that ask for several things of a kind: the list the article gives."""

from __future__ import annotations

from tests.handlers.stories import answered

_PRICES = """| 3 March 2025, Monday |

Ruritania's inflation slows to 2.1% in February

Ruritania's consumer prices rose 2.1% in February from January, the statistics office said on Monday.

Of the 12 spending categories tracked by the office, eight showed smaller price increases than in January. The biggest rises were in rents, water and electricity, at 4.1%, schooling, at 3.7%, and bus fares, at 3.0%.
"""


def test_a_list_names_things_of_the_kind_asked() -> None:
    # "which categories": the sentence that lists them never says "categories"
    text = answered(_PRICES, "Which categories saw the biggest price jumps?").text
    assert "rents" in text and "schooling" in text
