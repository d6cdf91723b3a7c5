"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TIMBER = """| 3 March 2025, Monday |

Vanuatans sign port deal as Vanuatans timber sales to Japan climb

Vanuatans timber exports rose 14% last year, the trade ministry said on Monday.

Japan buys about 62% of the country's timber, most of which goes to Osaka.

The ministry expects exports of 410,000 cubic metres this year.
"""


def test_the_countrys_goods_are_the_storys_country() -> None:
    expect(answered(_TIMBER, "what share of the vanuatans timber does japan buy"), "62%")
