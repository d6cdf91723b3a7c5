"""Derived amounts worked from figures a story states: a part from its share of the whole."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FLIGHTS = """| 4 June 2025, Wednesday |

Kenyan airline expands cargo flights to Chengdu

Nairobi-based Savanna Air said it had operated 40 flights to Chengdu since March, carrying 2,500 tonnes of cargo, of which flowers made up about 40%.

The carrier plans to add a weekly flight in September, chief executive Mary Wanjiku said.
"""


def test_a_part_is_its_share_of_the_amount_before_of_which() -> None:
    expect(answered(_FLIGHTS, "roughly how many tonnes of flowers went on the chengdu flights"), "1,000")


def test_the_whole_asked_is_not_cut_to_the_part() -> None:
    expect(answered(_FLIGHTS, "how much cargo did the chengdu flights carry"), "2,500")


_MINE = """| 4 June 2025, Wednesday |

Copper mine in Zambia starts exports

About 3,000 people worked on the mine during construction, 800 of them Indian engineers, the company said.

The plant employs about 2,000 people, around 90% of them Zambian, its manager said.
"""


def test_a_part_left_out_is_the_whole_less_the_part_told() -> None:
    expect(answered(_MINE, "how many of the people on the mine during construction were not indian"), "2,200")


def test_a_share_left_out_leaves_the_rest_of_the_whole() -> None:
    expect(answered(_MINE, "how many people at the plant aren't zambian"), "200")


def test_a_part_of_another_name_is_no_part_left_out() -> None:
    reply = answered(_MINE, "how many of the people on the mine during construction were not chinese")
    assert "2,200" not in reply.text, reply.text
