"""Derived answers of the 14th session: arithmetic on stated figures asked in everyday shapes and
short forms, each rule with a small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_FIRMS = """| 13 October 2025, Monday |

Foreign firms flock to Ruvena

In January to September, 45 foreign firms set up businesses in Ruvena province, the broadcaster reported on Monday.

In March, a new freight hub was put into operation in Ruvena city. In May, customs officials said the province would be able to use the port of Tarsk to ship goods from August.
"""


def test_avg_is_the_average_asked() -> None:
    # "on avg": the everyday short form of "on average", a count spread over its months
    expect(answered(_FIRMS, "on avg how many foreign businesses set up in ruvena each month"), "5 firms a month")


def test_starting_to_do_is_the_deed_dated() -> None:
    # "starting to ship" is the shipping, which the sentence dates without saying "start"
    expect(answered(_FIRMS, "how many months between the ruvena hub launch and the province starting to ship via tarsk?"), "5 months")


_COAL = """| 22 October 2025, Wednesday |

Ostland's coal exports climb

Ostland's coal exports rose 12.6% in January-September from a year earlier to 61.4 million tonnes, customs data showed on Tuesday.
"""


def test_a_short_month_name_in_a_time_is_no_unknown_name() -> None:
    # "Jan-Sep" is the "January-September" the article names, not a person called Jan
    expect(answered(_COAL, "How much coal did Ostland export in Jan-Sep last year?"), "54.5")


def test_a_short_month_the_article_never_names_is_still_not_found() -> None:
    expect(answered(_COAL, "How much coal did Ostland export in Feb-Mar last year?"), None)


_TRADE = """| 13 October 2025, Monday |

Ruvena's exports to Tarsland soar

Ruvena's outbound shipments to Tarsland soared 82.3% in the first nine months from a year earlier to 42.64 billion yuan ($5.83 billion).

In September, bilateral trade between Tarsland and Ostland surged to $21.18 billion, the highest since February 2022.

Spills in the region rose to 1,400 last year, with most in Ostmark and Westmark.
"""


def test_a_period_alone_is_the_period_asked() -> None:
    # "in sept alone" asks September by itself, which the sentence dates
    expect(answered(_TRADE, "which is larger - tarsland-ostland trade in sept alone, or ruvena's 9-month exports to tarsland (in $)?"),
           "21.18")


def test_a_place_alone_is_still_a_part_to_single_out() -> None:
    expect(answered(_TRADE, "How many spills were there in Ostmark alone?"), None)


_TUGRIK = """| 22 October 2025, Wednesday |

Mongolia's coal revenue slips

Coal export revenue fell 8.6% to $6.8 billion, or 24.48 trillion tugriks, in January-September because of weaker prices, the customs agency said.
"""


def test_the_tugrik_is_a_currency() -> None:
    # "24.48 trillion tugriks" is money, the other side of the dollar figure before it
    expect(answered(_TUGRIK, "What tugrik-to-dollar rate do the revenue figures imply?"), "3,600 tugriks per dollar")


def test_dollar_terms_say_how_an_amount_is_told() -> None:
    # ", dollar terms" asks the dollars of "42.64 billion yuan ($5.83 billion)", no word "terms"
    expect(answered(_TRADE, "how many times bigger was september's bilateral trade than ruvena's jan-sep shipments to tarsland, dollar terms"),
           "3.63 times")


def test_absolute_terms_ask_the_change_in_the_amount() -> None:
    expect(answered(_TRADE, "by how many bn yuan did ruvena's shipments to tarsland grow in absolute terms?"), "19.25 billion yuan")


def test_a_change_in_a_currency_is_worked_from_the_rate_and_the_level() -> None:
    # "by how many bn yuan": the yuan gained, not the 82.3% the sentence states
    expect(answered(_TRADE, "by how many bn yuan did ruvena's shipments to tarsland grow?"), "19.25 billion yuan")


_FERRY = """| 19 November 2025, Wednesday |

Ferry operator posts record profit

Net profit for the July-September period rose 18.6% to 71.4 million euros, while revenue at Egeon Lines climbed 11.6% to 246.5 million euros from 220.8 million euros a year earlier.

Egeon Lines said fuel costs fell by 4 million euros to 58.2 million euros.
"""


def test_a_change_in_a_currency_is_the_gap_of_the_two_levels() -> None:
    expect(answered(_FERRY, "by how many euros did revenue go up"), "25.7 million euros")


def test_a_change_stated_in_the_currency_is_quoted() -> None:
    expect(answered(_FERRY, "by how many euros did fuel costs fall"), "4 million euros")


def test_compared_w_is_compared_with() -> None:
    # "compared w last yr": phone shorthand for the base of the change
    expect(answered(_TRADE, "by how many bn yuan did ruvena's tarsland exports rise compared w last yr"), "19.25 billion yuan")


_SUMMIT = """| 13 October 2025, Monday |

Ruvena hosts Tarsland business summit

The conference was attended by Tarsland officials, business leaders, and almost 800 Ruvenian enterprises.

In January to September, 40 Tarsland firms set up businesses in Ruvena, the broadcaster reported on Monday.
"""


def test_the_sides_first_then_how_many_times() -> None:
    # "A vs B - how many times more?": the two sides before the asking
    expect(answered(_SUMMIT, "ruvenian enterprises at the conference vs tarsland firms that set up in ruvena - how many times more?"),
           "20 times")


def test_quarterly_revenue_is_the_quarters_revenue() -> None:
    # "quarterly revenue" asks the quarter's, which results give by the period, not the word
    expect(answered(_FERRY, "by how many euros did quarterly revenue go up"), "25.7 million euros")


def test_a_rate_a_year_earlier_is_no_level_worked_back() -> None:
    # the growth rate the year before is not stated; the exports' level a year before is no rate
    expect(dialog(_TRADE, "ruvena's exports to tarsland went up by how much?", "ok and what was the growth rate the yr before that?"), None)


def test_a_level_before_a_stated_rise_is_still_worked_back() -> None:
    expect(answered(_TRADE, "if ruvena's tarsland shipments rose 82.3%, what were they the yr before roughly?"), "23.39")
