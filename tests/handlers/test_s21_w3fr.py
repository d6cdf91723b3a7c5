"""Figures the article states that the bot abstained on: 21st session, helper w3fr."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Zambia opens new copper mine with Chinese partner

Copper output at the Kalenga mine will reach 80,000 tonnes next year, the mining ministry said.

The mine is run by a joint venture in which state miner Zamco holds 60% and Hunan Nonferrous Metals (HNM) holds 40%, in line with Zambia's rules on foreign investment in strategic sectors.
"""


def test_a_share_held_is_a_stake_beside_another_measure() -> None:
    # "holds 40%" is HNM's stake with no word for it: the sentence's own, not a measure borrowed
    # from the topic, so its "investment" does not make it measure something else.
    expect(answered(_MINE, "What stake does HNM have?"), "40")


_LINE = """| 3 March 2025, Monday |

Kenya opens desert railway to the coast

Kenya began running trains on Monday along a new 640-kilometre desert railway built by a Chinese contractor, the transport ministry said.
"""


def test_a_rail_line_is_a_railway() -> None:
    expect(answered(_LINE, "how long is the new rail line"), "640")
