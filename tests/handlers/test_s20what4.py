"""What a works asked makes: the goods named before its noun, or what it turns its input into,
in a sentence ranked a little below one only naming the works."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MILL = """| 3 March 2025, Monday |

Foreign investment in Nord province rises

Last month, officials in Nord province approved a 2.4 billion euro ($2.6 billion) solar panel factory by Korea's Hanbit Energy, the largest project this year.

The factory, in the Riverside industrial park, is expected to employ about 3,200 workers once it starts production in 2027.

Separately, a copper plant opened in Sud province on Monday. The plant can process 1.5 million tonnes of ore a year into copper cathode containing about 40,000 tonnes of metal, a feedstock for cable makers.

Sud province officials said the plant would absorb only a third of the region's ore output.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What will the new Nord plant produce?", "solar panel"),
    ("what will the Nord factory make", "solar panel"),
])
def test_the_goods_named_before_the_works_answer_what_it_makes(question: str, expected: str) -> None:
    expect(answered(_MILL, question), expected)


def test_what_a_plant_turns_its_input_into_is_what_it_makes() -> None:
    expect(answered(_MILL, "What will the Sud plant make from the ore?"), "copper cathode")
