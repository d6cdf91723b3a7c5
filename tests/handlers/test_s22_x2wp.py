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
