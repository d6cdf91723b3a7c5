"""Derived questions of the twenty-third session: rates of change worked from two stated levels."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CROP = """| 13 November 2024, Wednesday |

Argentina overtakes Canada as top lentil exporter

Argentina has overtaken Canada as the world's biggest lentil exporter, industry group Clera said on Tuesday, as record harvests pushed shipments to an all-time high.

Argentina shipped 1.5 million tonnes of lentils in the marketing year that ended in July, compared with 1.2 million tonnes from Canada, where output fell because a drought cut yields.

The 2023/24 harvest reached a record 2.4 million tonnes, up from 2 million tonnes a year earlier, with Cordoba province accounting for half of output.
"""


def test_by_what_percent_against_the_year_before_is_worked_from_two_levels() -> None:
    expect(answered(_CROP, "by what % did the lentil crop grow vs the previous season"), "20")


def test_a_level_told_of_another_place_is_no_level_moved_from() -> None:
    expect(answered(_CROP, "by how many tonnes did the lentil crop grow vs the previous season"), "0.4")


_SMELTER = """| 4 November 2024, Monday |

Norwegian smelter signs power deal

Chief Executive Ola Berg said the company would spend $90 million over two years to raise annual capacity to 260,000 tonnes from 225,000 tonnes.
"""


def test_how_many_extra_asks_the_change_between_two_levels() -> None:
    expect(answered(_SMELTER, "how many extra tonnes a year of capacity will the upgrade add"), "35,000")


_PLANTS = """| 12 March 2025, Wednesday |

Vietnam wins approval for more shrimp plants

Vietnam expects its shrimp sales to Japan to rise after Tokyo approved 26 additional Vietnamese processing plants for export, the fisheries minister said on Monday.

The ministry hopes to win clearance for another 15 plants next year, he added.

The processors' association, which represents about 420 plants, said its members had hired roughly 9,000 additional workers since January.
"""


def test_an_addition_the_article_states_is_answered_as_stated() -> None:
    answer = answered(_PLANTS, "how many extra plants did japan approve")
    expect(answer, "26")
    assert "11" not in answer.text  # not 26 - 15


def test_another_n_of_the_thing_asked_is_an_addition_too() -> None:
    expect(answered(_PLANTS, "how many more plants does the ministry hope to get cleared"), "15")


def test_an_addition_of_a_word_of_the_same_class_is_stated_not_worked() -> None:
    answer = answered(_PLANTS, "how many extra staff have the plants taken on since january")
    expect(answer, "9,000")
    assert "8,580" not in answer.text  # not 9,000 - 420
