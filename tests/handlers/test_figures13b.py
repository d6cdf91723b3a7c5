"""Figure questions whose asked words the article says in other words, or whose right figure a
nearby one outranked."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LENDERS = """| 3 March 2025, Monday |

Kenyan power firm secures loans for geothermal plant

Kenyan power producer Longonot Power has secured $486 million in loans to build a geothermal plant at Suswa, the company said on Monday.

The African Development Bank will lend $180 million and the International Finance Corporation $150 million, while Germany's KfW and the Japan International Cooperation Agency will provide $96 million and $60 million respectively, the company said.
"""


def test_a_light_verb_asked_puts_no_thing_in_another_clause() -> None:
    # "putting in" says only that an amount came: KfW's "provide" in the later clause is not the
    # African Development Bank's loan of another clause
    expect(answered(_LENDERS, "How much is the African Development Bank putting in?"), "180")


_IPO = """| 3 March 2025, Monday |

Indian fintech Kanakpay's IPO oversubscribed 86 times

The company received bids for 4.85 billion shares against 56.1 million shares on offer, worth more than 2.1 trillion rupees at the top of the price band.

Kanakpay priced the issue in a band of 412 to 434 rupees per share, valuing the company at about 312 billion rupees at the upper end.
"""


def test_a_price_range_for_shares_is_a_price_band_per_share() -> None:
    expect(answered(_IPO, "whats the price range for the shares"), "412")


_RESULTS = """| 3 March 2025, Monday |

Rheinfeld Chemie cuts outlook as quarterly earnings slump

Third-quarter sales fell 8.6% from a year earlier to 4.62 billion euros due to lower selling prices and weak demand from carmakers, while adjusted earnings before interest, tax, depreciation and amortisation (EBITDA) dropped 31% to 412 million euros.
"""


def test_a_measure_period_is_no_word_of_the_measure() -> None:
    # "Third-quarter sales" names the quarter asked, but sales are not the EBITDA asked
    expect(answered(_RESULTS, "ebitda fell by how much in the third quarter"), "31%")



_SHARES = """| 3 March 2025, Monday |

Rheinfeld Chemie to close plants

Rheinfeld Chemie said on Monday it would close three plants in Germany.

Rheinfeld shares rose 3.4% to 41.20 euros in Frankfurt trading by 1030 GMT as investors welcomed the cuts, though the stock is still down 22% this year.
"""


def test_a_span_to_date_dates_no_market_move_of_today() -> None:
    # "down 22% this year" is the run to date; the day's move and price are today's
    expect(answered(_SHARES, "rheinfeld share price today"), "41.2")


_FACTORIES = """| 3 March 2025, Monday |

Vietnam garment factories cut shifts as tariffs bite

At least 74 garment and textile factories have reduced shifts or suspended lines since the tariff took effect, the ministry said.

The company has cut its workforce by 650 to 4,150 since July and halted one of its five production lines.
"""


def test_a_line_suspended_is_shut() -> None:
    expect(answered(_FACTORIES, "How many plants have scaled back shifts or shut lines?"), "74")


_SUBSCRIBED = """| 3 March 2025, Monday |

Kanakpay prices IPO

Kanakpay Technologies' initial public offering of 44.25 billion rupees was subscribed 86.4 times on Thursday, the final day of bidding, stock exchange data showed.

Kanakpay priced the issue in a band of 412 to 434 rupees per share.
"""


def test_an_issue_oversubscribed_is_one_subscribed_so_many_times() -> None:
    expect(answered(_SUBSCRIBED, "by how many times was the issue oversubscribed in total"), "86.4")



def test_a_place_s_power_is_no_utility_named_for_it() -> None:
    # "Kenya's power output" is the country's, not the output of the utility Kenya Power the story
    # also names
    expect(answered("ke_geo", "What share of Kenya's power output comes from geothermal now?"), "45.3%")
