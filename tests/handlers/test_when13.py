"""When-questions: the time of the event asked, not the lead's reporting day nor another time of the sentence."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FILING = """| 21 November 2025, Friday |

Orbitpay share sale draws strong demand

Orbitpay's initial public offering was subscribed 50 times on Thursday, exchange data showed.

That valued the company below the target it had set when it filed draft papers with the Securities and Exchange Board in March.

Orbitpay shares were quoted at a premium in the grey market on Thursday, traders said.
"""


def test_first_after_its_subject_asks_the_earliest_time_not_a_word_to_find() -> None:
    # "filed draft papers ... in March" says when without "first"
    expect(answered(_FILING, "When did Orbitpay first file its papers with the market regulator?"), "In March")


_BAN = """| 21 October 2025, Tuesday |

Philippines extends rice import ban

The Philippines will extend its suspension of rice imports until Dec. 31, the agriculture secretary said on Monday, prolonging a ban that began on Sept. 1.

The Philippines has been the world's biggest rice buyer since 2022, and the suspension has weighed on export prices.
"""


def test_a_record_counted_since_a_year_does_not_date_the_start() -> None:
    # "the world's biggest rice buyer since 2022" is the span of the record, and "a ban that began
    # on Sept. 1" the start asked (each rule alone leaves "Since 2022")
    expect(answered(_BAN, "when did the rice import suspension first kick in?"), "On Sept. 1")



_SAVINGS = """| 30 October 2025, Thursday |

Chemical maker to shut plants

Rheinau Chemie said on Thursday it would close three plants in Germany and cut 2,400 jobs.

The restructuring is expected to deliver annual cost savings of 850 million euros by 2028, up from a target of 500 million euros set out in March, the company said.
"""


def test_a_goal_set_out_in_a_month_is_announced_then_not_on_the_leads_day() -> None:
    expect(answered(_SAVINGS, "when was the original 500m savings goal announced"), "In March")


_GEOTHERMAL = """| 22 October 2025, Wednesday |

Power producer lands loans for geothermal plant

Longhorn Power has secured $486 million in loans to build a geothermal plant in the Rift Valley, the company said on Tuesday.

Construction is due to start in January, with the full plant completed by December 2028.
"""


def test_breaking_ground_is_the_start_of_construction() -> None:
    expect(answered(_GEOTHERMAL, "When do they break ground on the plant?"), "In January")


_TARIFF = """| 11 September 2025, Thursday |

Garment exports slump under new tariff

Vietnam's garment exports fell 8.4% in August, the statistics office said on Saturday, as a 20% U.S. tariff that took effect last month led American buyers to cancel orders.

The U.S. levy, in force since August 7, replaced a 46% rate that Washington had threatened in April.
"""


def test_a_day_within_the_month_of_the_same_event_is_the_more_exact_answer() -> None:
    expect(answered(_TARIFF, "When did the new US duty actually kick in?"), "August 7")


_WALKOUT = """| 22 October 2025, Wednesday |

Peru copper strike drags on

Workers at the Arequa copper mine in Peru extended their strike into a third week on Tuesday, cutting production to about 20% of normal levels, the operator said.

About 2,400 of the mine's workers walked off the job on October 6 after wage talks collapsed.

Arequa has been hit by three strikes since 2022.
"""


def test_a_day_of_a_strike_under_way_and_a_span_since_do_not_date_its_start() -> None:
    # "three strikes since 2022" is a span of many, not the day of this one
    expect(answered(_WALKOUT, "When did the miners down tools?"), "On October 6")


def test_the_best_sentences_with_a_time_are_ranked_not_the_best_sentences() -> None:
    # nine sentences name the strike; the one that dates the walkout ranks below those with no time,
    # and the lead's "extended their strike into a third week on Tuesday" is a day of it
    expect(answered("pe_copper", "When did the miners down tools?"), "On October 6")
