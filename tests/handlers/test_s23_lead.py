"""Figure questions over small made-up stories: a route gone down is no fall."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ORE = """| 12 August 2025, Tuesday |

Ore shipments on Brazil's northern railway slip in July

Mining company Vale moved 9.4 million tonnes of iron ore on its Carajas railway in July, down from 10.1 million tonnes in June, the company said on Monday.
"""


def test_a_cargo_sent_down_the_line_asks_the_amount_not_a_fall() -> None:
    answer = answered(_ORE, "how many tonnes of iron ore went down the carajas railway in july")
    expect(answer, "9.4 million tonnes")
    assert "0.7" not in answer.text


def test_a_volume_that_went_down_still_asks_the_fall() -> None:
    expect(answered(_ORE, "by how many tonnes did ore shipments go down in july"), "0.7")
