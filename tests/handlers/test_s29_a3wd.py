"""When-questions (dates) met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRAIN = """| 17 October 2024, Thursday |

Estonia sends first freight train to China

Estonia's state railway sent its first scheduled container train to China via Russia on Tuesday, as the port of Tallinn seeks new cargo.

The railway first tested the route in March with a pilot train of 40 containers.
"""


def test_a_city_s_own_country_acting_dates_what_left_the_city() -> None:
    # Estonia, the country Tallinn lies in, is no rival place to the asked city.
    expect(answered(_TRAIN, "when did the first scheduled train leave tallinn"), "Tuesday")


_STATEMENT = """| 14 November 2024, Thursday |

Ghana's cocoa exports to China rise

Ghana's cocoa exports to China rose 12% in the first ten months of the year, the port of Tema said on Tuesday.

Tema shipped 210,000 tonnes of beans in the January-October period, Ghana's Ministry of Trade said in a statement last week.
"""


def test_said_in_a_statement_then_a_day_dates_the_telling() -> None:
    # "said in a statement last week" is when the ministry gave its numbers, not the lead's Tuesday.
    expect(answered(_STATEMENT, "When did Ghana's trade ministry put out the Tema shipment numbers?"), "Last week")


_LINE = """| 13 August 2025, Wednesday |

Kenya opens new railway section

Kenya Railways began running cargo trains on its new standard gauge railway (SGR) between Mombasa and Nairobi on Monday.

The 900-km SGR, built by a Chinese contractor at a cost of $4 billion, will eventually link Mombasa to Kampala. The government expects trains to reach Kisumu next year.
"""


def test_a_plan_told_right_after_an_undated_sentence_dates_it() -> None:
    # The sentence naming the SGR gives no time; the next one, the plan's step, does.
    expect(answered(_LINE, "when will the sgr get to kisumu"), "Next year")


_STORES = """| 26 September 2024, Thursday |

Korea imports cabbage from China

A Chinese shipper said it plans to open a cabbage warehouse in Weihai next year.

The ministry plans to build two more cabbage storage sites with a capacity of 10,000 tonnes by 2027.
"""


def test_by_what_year_asks_the_year_a_plan_is_done_by() -> None:
    expect(answered(_STORES, "by what year will the new cabbage storage sites be done"), "2027")
