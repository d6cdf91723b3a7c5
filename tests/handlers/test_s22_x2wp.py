"""When, where and who: rules met on the 22nd session's held-out sets, each over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_POWER = """| 14 November 2024, Thursday |

Laos sells more power to its neighbours

Laos sold 30% more electricity to Thailand in the first nine months, its energy minister said on Wednesday.

Electricity exports reached 28,000 gigawatt-hours between January and September.

The plant will sell most of its output to the Electricity Generating Authority of Thailand (EGAT) under a 27-year contract.

In March, Laos and Vietnam signed an agreement in Hanoi to raise Vietnamese purchases of Lao power.
"""


def test_a_lexicon_word_opening_a_sentence_is_no_short_name_of_a_body() -> None:
    # "Electricity exports reached ...": no mention of the Electricity Generating Authority, so the
    # question's "electricity" asks for no body the signing sentence fails to name.
    expect(answered(_POWER, "When did Vientiane and Hanoi sign the electricity purchase pact?"), "March")


_RAIL = """| 22 April 2025, Tuesday |

Bangladesh rail link hauls first freight

The railway across the Padma Bridge carried 1.9 million passengers in its first six months, Bangladesh Railway said on Monday.

The first container train, carrying 42 containers of garments, ran in January from Benapole, the country's busiest land port, to Dhaka.

Since then, 31 freight trains have used the line, and freight now accounts for 18% of the line's revenue, up from 5% in February.
"""


def test_a_possessive_is_no_other_kind_of_the_thing_asked() -> None:
    # "the line's revenue" and "the country's busiest port": the "'s" after both is no noun, so
    # "country" is no other kind of line and the train's own sentence dates the run.
    expect(answered(_RAIL, "When did the first container train run on the line?"), "January")
