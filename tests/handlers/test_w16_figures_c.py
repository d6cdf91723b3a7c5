"""Figure questions in phone shorthand, each kept as a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRADE = """| 6 May 2025, Tuesday |

Kazakh-Chinese trade climbs

In April, bilateral trade between Kazakhstan and China rose to $4.12 billion, customs data showed on Monday.

Kazakhstan's grain exports to China climbed 31.5% in the first four months from a year earlier to 810,000 tonnes.
"""


def test_how_many_billion_asks_the_amount_not_a_count() -> None:
    # "how many bn" names the scale the amount is told in; no billions are counted
    expect(answered(_TRADE, "kazakh china trade in april, how many billion"), "4.12")
    expect(answered(_TRADE, "kazakh china trade in april, how many bn"), "4.12")


def test_two_way_trade_is_trade() -> None:
    expect(answered(_TRADE, "how big was kazakhstan china two-way trade in april"), "4.12")


def test_bilateral_trade_with_one_side_named_is_the_pairs_trade() -> None:
    # the other side of "bilateral trade with China" is the one it is traded with
    expect(answered(_TRADE, "how big was bilateral trade with china in april"), "4.12")


_SPLIT = """| 6 May 2025, Tuesday |

Grain shipments split

In April, grain shipments of 2.4 million tonnes went to China and Iran, customs data showed on Monday.
"""


def test_a_figure_shared_by_a_list_stays_no_one_members() -> None:
    expect(answered(_SPLIT, "how much bilateral grain went to china in april"), None)


def test_how_many_pct_asks_the_rate_not_a_count() -> None:
    expect(answered(_TRADE, "kazakh grain exports to china up how many pct yoy"), "31.5")


def test_pct_before_a_move_is_its_unit_not_a_kind_of_it() -> None:
    # "pct growth" is the growth told in percent: the article need not say "percent"
    expect(answered(_TRADE, "kazakh grain exports to china pct growth yoy"), "31.5")


def test_outbound_trade_is_exports() -> None:
    expect(answered(_TRADE, "by how much did kazakhstan's outbound trade in grain to china jump"), "31.5")


def test_rate_against_a_year_before_is_the_stated_rate() -> None:
    # the rate asked against last year is stated; no level before the change to work out
    expect(answered(_TRADE, "how big was the rise in kazakh grain exports to china, percentage-wise, "
                            "compared with the same period last year"), "31.5")
