"""Derived figures met on the sixteenth session's sealed sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_TRADE = """| 5 September 2025, Friday |

Ruritania and Freedonia widen trade ties

Trade between Ruritania and Freedonia rose 10% to a record $55 billion in the fiscal year that ended in March, official data showed.

The share of that trade settled in local currencies climbed to 30% in the first half of this year from 20% a year earlier, a deputy minister said.
"""


def test_a_share_of_the_thing_is_no_earlier_level_of_it() -> None:
    # "20% a year earlier" is a share of trade settled in local currencies, not trade a year before
    expect(answered(_TRADE, "what was trade between ruritania and freedonia the yr before?"), "$50")


def test_a_share_asked_takes_the_earlier_share() -> None:
    expect(dialog(_TRADE, "what share of that trade is settled in local currencies?", "and a year ago?"), "20%")


_CARGO = """| 5 September 2025, Friday |

Sea route carries more freight

Cargo on the new sea route rose 20% year-on-year to 2.5 million tonnes in the first half, the port authority said. Grain made up 40% of that volume.
"""


def test_a_part_is_its_share_of_the_whole_told_just_before() -> None:
    expect(answered(_CARGO, "how many tonnes of grain moved on the sea route in the first half"), "1 million tonnes")
    expect(answered(_CARGO, "how much cargo moved on the sea route in the first half"), "2.5 million tonnes")


_FLOWS = """| 9 July 2024, Tuesday |

Ruritania courts Freedonian carmakers

Ruritania's imports from Freedonia rose 5% last year to $20 billion, while its exports to Freedonia fell 3% to $4.5 billion, the statistics office said.
"""


def test_a_trade_gap_is_imports_from_the_partner_less_exports_to_it() -> None:
    expect(answered(_FLOWS, "how big was ruritania's trade gap with freedonia last yr?"), "15.5 billion")
    expect(answered(_FLOWS, "what was ruritania's trade deficit with freedonia in 2019?"), None)


_SHIPMENTS = """| 5 November 2025, Wednesday |

Province ships more to Freedonia

The province's shipments to Freedonia rose 25% in the first nine months from a year earlier to 50 billion yuan, customs data showed.
"""


def test_a_bare_year_earlier_after_the_thing_asks_the_level_worked_back() -> None:
    # telegraphic "exports to freedonia yr earlier": the year before, as "a year earlier" asks
    expect(answered(_SHIPMENTS, "province shipments to freedonia yr earlier?"), "40 billion yuan")
