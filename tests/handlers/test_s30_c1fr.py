"""Figure questions met on this session's new articles, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_POWER = """| 3 March 2025, Monday |

Nepal's power exports climb as new dam starts up

The Kali Gandaki plant began selling electricity to Bangladesh on Monday, the state utility said.

Earnings from power sales to Bangladesh rose 14% year on year to 9.2 billion crowns in the first nine months, or about 47% of the country's total exports, the statistics office said.

Tourism made up most of the rest.
"""


def test_a_place_after_to_is_where_the_goods_go_not_who_owns_the_figure() -> None:
    reply = answered(_POWER, "what pct of nepal's total exports is electricity")
    expect(reply, "47%")


_MINE = """| 3 March 2025, Monday |

Potash mine in Ostria ships first cargo

A potash mine built by Kelvar Resources in Ostria loaded its first export cargo at the port of Marbeck on Tuesday, the company said.

The Dunmore project, in the Kasel district about 64 kilometres north of Marbeck, cost $900 million to build.

Kelvar plans to double output by 2028.
"""


def test_the_named_project_is_the_works_not_a_projection() -> None:
    reply = answered(_MINE, "how far is the mine from marbeck")
    expect(reply, "64 kilometres")

