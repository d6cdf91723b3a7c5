"""Questions the story does not answer, which the bot answered anyway: each a general rule over a
small made-up story on which the bot must say the article does not tell."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Moldovan wine sales to China climb

Moldova's wine exports to China rose 22% in the first half to 3.1 million bottles, the country's National Vine Office said on Monday.

The office said shipments of red wine made up most of the volume.

A delegation led by Zhang Min, vice-chairman of the Guangzhou Wine Traders Association, arrived in Chisinau last week and signed supply deals with 12 wineries, the association said.
"""


def test_the_head_of_a_body_is_not_someone_holding_a_post_of_another() -> None:
    expect(answered(_FAIR, "Who is the head of the National Vine Office?"), None)


def test_the_head_of_the_body_named_with_the_post_is_still_told() -> None:
    expect(answered(_FAIR, "Who is the vice-chairman of the Guangzhou Wine Traders Association?"), "Zhang Min")


_HARVEST = """| 14 November 2024, Thursday |

Kenyan tea exports climb after a wet season

Kenya's tea exports to Pakistan rose 14% in the first nine months to 162,000 tonnes, the tea board said.

"The crop this year was the best in a decade, because the rain came at the right time," Agriculture Minister Peter Kamau told reporters in Nairobi on Wednesday.

The auction in Mombasa will reopen on Monday after a week's break, brokers said.
"""


def test_a_day_to_come_is_not_told_by_a_span_that_merely_holds_it() -> None:
    expect(answered(_HARVEST, "whats the weather in nairobi tmrw"), None)


def test_a_day_to_come_stated_itself_is_still_told() -> None:
    expect(answered(_HARVEST, "when will the mombasa auction reopen"), "Monday")
