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
