"""Figure questions whose figure the article states in other words than the question's: a stake
held written as a share owned."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_SMELTER = """| 4 March 2025, Tuesday |

Zinc smelter opens in Sulawesi

On Monday, Jakarta-listed PT Celebes Metal and China's Fujian Xinrong Mining opened a $500 million zinc smelter near Palu.

The smelter can process 400,000 tonnes of concentrate a year. Fujian Xinrong owns 65% of the venture and Celebes Metal holds the remaining 35%.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What's Fujian Xinrong's stake in the JV?", "65%"),
    ("how big a stake does celebes metal have in the venture", "35%"),
])
def test_a_share_owned_is_the_stake_asked(question: str, expected: str) -> None:
    expect(answered(_SMELTER, question), expected)


_GROWERS = """| 4 March 2025, Tuesday |

Avocado exports hit record as Halo Fruit lifts payouts to growers

"This season has repaired a lot of balance sheets, but orchard costs are still up about 30% over two years," said Jane Hollis, chief executive of grower body Avocado Growers Inc. She said about 1,400 growers supplied Halo Fruit this season.

Halo Fruit sold 9 million trays in the season.
"""


@pytest.mark.parametrize("question", ["How many growers supply Halo Fruit?", "how many orchardists supply halo fruit"])
def test_a_count_after_a_company_abbreviation_and_a_verb_of_supplying(question: str) -> None:
    # "supply" ends the counted noun phrase as a verb; an orchardist is a grower.
    expect(answered(_GROWERS, question), "1,400")


def test_a_company_abbreviation_before_a_pronoun_ends_the_sentence() -> None:
    # "Avocado Growers Inc. She said ...": the answer is the sentence after the company's name.
    reply = answered(_GROWERS, "How many growers supply Halo Fruit?")
    assert reply.text.startswith("She said about 1,400 growers"), reply.text
