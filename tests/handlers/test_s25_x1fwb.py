"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BORDER = """| 3 March 2025, Monday |

Border delays hold up fruit trucks

Trucks carrying fresh fruit were backed up for about 12 km on the road to the Dostyk crossing on Sunday, the customs office said.

Some 410 trucks were waiting to cross, the office said.
"""


def test_how_long_a_queue_is_is_its_length() -> None:
    expect(answered(_BORDER, "How long was the truck queue to the Dostyk crossing?"), "12 km")


_MILLS = """| 3 March 2025, Monday |

Nordic mills lift output

Finnish mills made 4.1 million tonnes of paperboard last year, up 3% from 2023, the forest industries federation said.

Exports of sawn timber fell 6% to 2.2 million cubic metres, the federation said.
"""


def test_a_word_asked_is_found_as_the_head_of_a_closed_compound() -> None:
    expect(answered(_MILLS, "how much board did finnish mills make last year"), "4.1 million")
