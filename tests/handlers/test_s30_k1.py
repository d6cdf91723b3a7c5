"""Questions of class k1 met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_OUTLOOK = """| 3 March 2025, Monday |

Veldria growth to cool as mining slows

In its outlook for the region the World Bank projects that Veldria's national economy will grow 6.2% this year, after it expanded 19.4% in 2024, largely on the back of copper. Farm output is expected to rise about 9%, driven by maize and coffee.
"""


def test_a_yesno_against_last_year_shows_the_earlier_figure_of_the_sentence() -> None:
    reply = answered(_OUTLOOK, "did the economy grow faster last year than the world bank expects this year")
    expect(reply, "19.4%")
    assert reply.text.startswith("Yes")
