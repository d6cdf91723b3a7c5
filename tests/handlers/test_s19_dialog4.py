"""Follow-ups met on the 19th session's held-out sets, each kept as a general rule over a small
story: a currency asked alone is the amount just given, told in that currency."""

from __future__ import annotations

import pytest

from tests.handlers.stories import dialog, expect

_LINE = """| 7 October 2025, Tuesday |

Indonesia plans bullet train extension

The 142-km line opened two years ago. It cost $7.27 billion to build, including a $1.2 billion cost overrun.

In March, the government added a 720-km extension to Surabaya to its list of national strategic projects. The extension would run through Yogyakarta and Solo and is estimated to cost around 400 trillion rupiah ($24.3 billion).
"""


@pytest.mark.parametrize("follow_up", ["in dollars?", "and in dollars?", "in usd?", "how much is that in dollars?"])
def test_a_currency_asked_alone_is_the_amount_just_given(follow_up: str) -> None:
    # not the line's own cost, told in dollars nearer the word "cost"
    expect(dialog(_LINE, "How much would the Surabaya extension cost?", follow_up), "24.3")


_PORT = """| 13 November 2025, Thursday |

Peru's new port cuts shipping times to Asia

"Ships now sail direct to Shanghai in 23 days, compared with about 35 days when cargo had to be transshipped in Mexico," the port's manager said.
"""


def test_a_voyage_is_how_long_ships_sail() -> None:
    expect(dialog(_PORT, "How long does the voyage to Shanghai take now?"), "23")


@pytest.mark.parametrize("follow_up", ["and how long did it take before", "and before?"])
def test_the_level_compared_with_is_the_one_before(follow_up: str) -> None:
    expect(dialog(_PORT, "How long does the voyage to Shanghai take now?", follow_up), "35")
