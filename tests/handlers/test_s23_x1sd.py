"""Bundled-article failures of the twenty-third session, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ROUTE = """| 4 April 2025, Friday |

Mongolian coal finds a new route

In March, Mongolian customs said Govi-Altai would be able to use Tianjin to ship goods to Incheon in Gyeonggi from July.
"""


def test_starting_before_a_month_is_from_that_month() -> None:
    # "starting July" dates the deed as "from July" does, no word 'start' the sentence must say
    expect(answered(_ROUTE, "how will govi-altai get goods to gyeonggi starting july"), "Tianjin")


_HUB = """| 4 April 2025, Friday |

Kazakh rail hub opens

In March, a new cargo hub for Asia-Europe freight trains was put into operation in Almaty, with a train carrying 40 containers departing for Turkey to mark the hub's inauguration.
"""


def test_head_to_a_place_is_a_destination() -> None:
    # "head to Europe" is a going, told as "departing for Turkey", no head of anything
    expect(answered(_HUB, "did the first train from the new almaty hub head to europe"), "Turkey")
