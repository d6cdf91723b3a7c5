"""Who, when and where questions met on the seventeenth session's blind sets, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 12 June 2025, Thursday |

Kenyan and Indian firms sign deals at Nairobi forum

Kenyan and Indian companies signed 17 agreements worth $2.1 billion at a business forum in Nairobi on Wednesday, covering farming, health and software.

The Kenya Tourism Board said Indian arrivals rose 22% in the first five months of the year to 48,000, and it signed an agreement with Mumbai-based travel firm Yatra Lanes to promote safari trips.
"""


def test_a_time_across_a_clause_break_dates_the_other_clause() -> None:
    # "rose 22% in the first five months ..., and it signed an agreement": the months date the arrivals
    expect(answered(_FORUM, "when were the agreements signed"), "Wednesday")


_SMELTER = """| 4 March 2025, Tuesday |

Chinese firm to upgrade Namibian copper smelter

China's Hualong Metals signed a $600 million deal on Monday to modernise the Tsumeb copper smelter in northern Namibia, the mines ministry said.

Under the agreement, signed in Windhoek, the Chinese company will replace the smelter's furnaces over three years.
"""


def test_a_capital_before_a_clause_is_a_city_not_a_described_body() -> None:
    # "signed in Windhoek, the Chinese company will replace ...": the clause after the comma is no
    # description of Windhoek, which the capitals table knows as a city
    expect(answered(_SMELTER, "which city was the agreement signed in"), "Windhoek")
