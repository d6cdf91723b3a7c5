"""Why and yes-no questions met on held-out sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SMELTER = """| 3 March 2025, Monday |

Zambia backs new fertiliser plant

The government is backing the plant because the country's farms, including the Mkushi estates and the Mazabuka cane fields in Southern province, still depend on imported fertiliser, mainly from Russia and Belarus.

The plant will cost about $900 million, the mines ministry said.
"""


def test_a_list_of_instances_between_subject_and_verb_keeps_the_verb() -> None:
    # "..., including A and B, still depend on ...": the reason reads on past the aside to its verb
    expect(answered(_SMELTER, "why is the govt backing the plant?"), "imported fertiliser")


_MILL = """| 3 March 2025, Monday |

Karoo Textiles to build spinning mill in Lesotho

Karoo Textiles said on Tuesday it would invest 900 million rand in a spinning mill near Maseru.

The mill, to be built in the Thetsane industrial zone, will be able to spin 12,000 tonnes of yarn a year.

Lesotho's garment exports to the United States fell 8% last year, the trade ministry said.

South African retailers bought about a third of the kingdom's yarn, traders said.

Shares of Karoo Textiles rose 4.1% to 212 rand in Johannesburg after the announcement.
"""


def test_what_the_news_was_about_is_when_the_shares_moved() -> None:
    # "after the investment news": the sentence of the move says only "after the announcement"
    expect(answered(_MILL, "Did Karoo's stock go up after the investment news?"), "4.1")
