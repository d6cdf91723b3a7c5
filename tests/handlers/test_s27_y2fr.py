"""Figure questions answered with the wrong figure of a sentence, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_LEVY = """| 3 March 2025, Monday |

Chinese-run gold project in Papua New Guinea plans expansion

A Chinese-controlled gold project in Papua New Guinea shipped 4.1 tonnes of gold to China in 2024, its operator Tavuni Gold Co said on Tuesday, as it prepares a 90 million kina expansion.

The Tavuni project in Enga province is 70% owned by Beijing-based Huaxing Gold Group, with the rest held by the PNG government and local landowners.

PNG Lands Minister Josefa Rabuka said the government expected to collect 96 million kina in royalties and taxes from the project this year, and was seeking an option to raise the state's stake to 25%.

The project employs 1,200 people, 90% of them Papua New Guineans.
"""


def test_a_name_opening_a_speakers_title_owns_none_of_what_he_tells() -> None:
    expect(answered(_LEVY, "How much does the govt expect to get in royalties and taxes from Tavuni?"), "96 million kina")
