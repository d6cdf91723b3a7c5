"""Rules met on wave l4's share of held-out failures, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_COPPER = """| 3 March 2025, Monday |

Zambia opens copper smelter

Zambia opened a new copper smelter on Monday, the mines ministry said.

Small miners produced about 30% of Zambia's copper last year, the chamber of mines said. Total output rose 10% to 880,000 tonnes in 2024 from a year earlier.

The smelter cost $400 million, the ministry said.
"""


def test_a_whole_of_word_before_a_bare_measure_carries_on_the_sentence_before() -> None:
    # "Total output rose ..." is the output of the copper the sentence before named
    reply = answered(_COPPER, "How much copper did Zambia produce in 2023?")
    expect(reply, "800,000")


_SMELTERS = """| 3 March 2025, Monday |

Peru signs smelter deals

Peru signed deals on Monday for three new zinc smelters, the energy ministry said.

Under the deals, Andina Metals will build a smelter able to process 120,000 tonnes of zinc concentrate a year, while Pacific Zinc will develop two smelters with a combined capacity of 200,000 tonnes.

The deals are worth $1.5 billion, the ministry said.
"""


def test_all_of_a_kind_adds_the_amounts_the_sentence_gives_side_by_side() -> None:
    # a total stated for two of them is a part of what all of them hold
    reply = answered(_SMELTERS, "total annual capacity of all the new smelters combined?")
    expect(reply, "320,000")


_UTILITY = """| 3 March 2025, Monday |

Kenya utility swings to loss

Kenya's state power utility KenGen swung to a net loss of 9.2 billion shillings in the year to June 30, it said on Tuesday, from a profit of 3.1 billion shillings a year earlier, as soaring fuel costs hit its plants.

"The loss is largely due to the 14.5 billion shillings we spent on fuel for our thermal plants," Chief Executive Jane Otieno said. Fuel spending was up from 10.5 billion shillings a year earlier, while total operating costs climbed to 60.2 billion shillings.
"""


def test_a_level_left_is_set_against_the_measure_named_in_its_clause() -> None:
    # not the loss and profit the asked words only trail, nor the costs across "while"
    reply = answered(_UTILITY, "how much more did kengen spend on fuel than a year earlier")
    expect(reply, "4")
    assert "14.5" in reply.text and "10.5" in reply.text
