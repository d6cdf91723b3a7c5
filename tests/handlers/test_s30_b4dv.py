"""Derived figures met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FACTORY = """| 3 March 2025, Monday |

Textile plant opens in northern Ghana

A Chinese-built textile plant opened in Tamale on Monday, the trade ministry said.

The plant employs 1,800 people, of whom 1,500 are Ghanaian, and buys cotton from 9,000 farmers in the region.
"""


def test_a_bare_number_of_whom_counts_the_whole_before_it() -> None:
    reply = answered(_FACTORY, "How many of the plant's workers aren't Ghanaian?")
    expect(reply, "300")


_EXPANSION = """| 3 March 2025, Monday |

Copper smelter in Laos to expand

A Chinese-owned copper smelter in southern Laos will double its workforce under an expansion approved on Monday, the energy ministry said.

The manager said the expansion would lift annual copper capacity from 60,000 tonnes to 85,000 tonnes by 2027.
"""


def test_from_one_amount_to_another_after_a_verb_of_moving_is_a_move_not_a_range() -> None:
    reply = answered(_EXPANSION, "By how many tonnes will the expansion raise annual copper capacity?")
    expect(reply, "25,000")


_PORT = """| 3 March 2025, Monday |

Kenyan avocado exports to China surge

Kenya's avocado exports to China jumped this year as more farms won approval, the horticulture directorate said on Monday.

Most of the fruit is trucked about 480 kilometres from Murang'a to the port of Mombasa, which handled 650 containers of avocados bound for China in the first nine months, up from 310 a year earlier.
"""


def test_a_bare_number_left_counts_the_nearest_amount_of_its_size_before_it() -> None:
    reply = answered(_PORT, "How many more China-bound avocado containers did Mombasa handle than a year earlier?")
    expect(reply, "340")
