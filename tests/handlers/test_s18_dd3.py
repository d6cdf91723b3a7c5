"""Follow-ups and figures of this session's dialog and derived failures, each a general rule over a
small made-up story: a size of the flow asked in a clause dated to the period asked, a span asked
from a start, and a kind noun a story uses only to refer back."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_COPPER = """| 14 October 2025, Tuesday |

Chilean copper exports to Japan slip as smelters cut runs

Chile's copper exports to Japan fell 4.1% in the first nine months of the year to 812,000 tonnes, customs data showed on Monday, as Japanese smelters cut output.

By value, shipments dropped 2.7% to $7.45 billion, and in the third quarter alone volumes were down 9.8% from a year earlier.
"""


def test_a_size_of_the_flow_asked_in_the_clause_dated_to_the_period_asked() -> None:
    # "volumes" are the exports' size, not another measure; "$7.45 billion" is the nine months'
    reply = dialog(_COPPER, "How much did Chilean copper exports to Japan drop in the first nine months?",
                   "and in the third quarter?")
    expect(reply, "9.8%")


_CANE = """| 20 October 2025, Monday |

Thai cane crush slows as rains delay harvest

Sugar mills in Thailand's northeast crushed 12.4 million tonnes of cane in the first half of October, down 6.1% from a year earlier, the Office of the Cane and Sugar Board said on Monday.

Mills allocated 61.2% of the cane to sugar, up from 58.4% in the same period last year.

Since the 2025/26 season started on April 1, the region has processed 141.7 million tonnes of cane, 2.3% less than a year earlier.
"""


def test_the_region_asked_is_the_one_the_story_names_not_one_it_refers_back_to() -> None:
    # "the region has processed" refers back to the northeast; it is no other region
    expect(answered(_CANE, "How much cane did the region crush in the first half of October?"), "12.4 million")


def test_a_span_from_a_start_is_not_the_last_period_again() -> None:
    reply = dialog(_CANE, "How much cane did the region crush in the first half of October?", "and since the season began?")
    expect(reply, "141.7")


_MANGO = """| 12 November 2025, Wednesday |

Peru's mango exports to South Korea surge

Peru's mango exports to South Korea rose 31% in the first nine months of 2025 from a year earlier to 18,400 tonnes, the agriculture ministry said on Tuesday.

Peru's share of South Korea's fresh mango imports by volume climbed to 37.2% in the period from 30.5% a year earlier, overtaking Brazil for the first time. Brazil's share slipped to 33.8% from 41.6%, while Mexico and Ecuador made up the rest.
"""


def test_a_share_is_its_owners_though_the_sentence_names_another() -> None:
    # "Peru's share ... overtaking Brazil" is Peru's; "Brazil's share slipped" carries on about the imports
    expect(answered(_MANGO, "What share of South Korea's mango imports does Brazil have now?"), "33.8%")


def test_a_year_ago_of_a_share_the_next_sentence_gives() -> None:
    reply = dialog(_MANGO, "What share of South Korea's mango imports does Brazil have now?", "and a year ago?")
    expect(reply, "41.6%")
